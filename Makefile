# The two commands: `make serve` builds and serves the app, `make test` runs every test.
# Each installs whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
PORT ?= 8080

FUZZ_SECONDS ?= 60

.PHONY: serve test build bench bench-calendar bench-storage bench-core lighthouse fuzz

## Build the release app and serve it on http://127.0.0.1:$(PORT) as a host would
## (compressed, under the strict CSP), rebuilding on change.
serve:
	@PORT=$(PORT) scripts/serve.sh

## Every check and all three test layers.
test:
	@scripts/test.sh

## A deployable build in dist/, with its size.
build:
	@scripts/setup.sh
	trunk build --release
	@scripts/size.sh

## First-load benchmark (see README).
bench: build
	@scripts/setup.sh --browser
	node tests/bench/first-load.mjs

## Lighthouse on the standalone page and the example host page, mobile and desktop,
## served compressed (see README).
lighthouse: build
	@scripts/setup.sh --browser
	node tests/bench/lighthouse.mjs

## Calendar benchmark: 50, 5,000 and 20,000 entries, full speed and CPU slowed 4x, against a
## vanilla-JS month grid, and the memory a 5,000-entry plan holds (see README).
bench-calendar: build
	@scripts/setup.sh --browser
	node tests/bench/calendar.mjs

## Storage benchmark: an agency's plans kept in one browser (see README).
bench-storage: build
	@scripts/setup.sh --browser
	node tests/bench/storage.mjs

## Core benchmark: one event handled by the app's core at 1,000, 10,000 and 100,000
## entries, natively, and the memory of 200 undo steps (see README).
bench-core:
	@scripts/setup.sh
	cargo bench --bench core

## Fuzz the import parser for FUZZ_SECONDS (default 60): any panic is a failure.
## cargo-fuzz runs on the stable toolchain here, without a sanitizer.
fuzz:
	@scripts/setup.sh
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
	@mkdir -p fuzz/corpus/import && cp tests/fixtures/*.json tests/fixtures/*.txt fuzz/corpus/import/
	RUSTC_BOOTSTRAP=1 cargo fuzz run import --sanitizer none -- -max_total_time=$(FUZZ_SECONDS)

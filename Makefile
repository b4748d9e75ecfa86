# The two commands: `make serve` builds and serves the app, `make test` runs every test.
# Each installs whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
PORT ?= 8080

.PHONY: serve test build bench

## Build the release app and serve it on http://127.0.0.1:$(PORT), rebuilding on change.
serve:
	@scripts/setup.sh
	trunk serve --release --address 127.0.0.1 --port $(PORT)

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

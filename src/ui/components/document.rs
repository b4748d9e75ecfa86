//! A plan's document (`exchange::document`) laid out in the page: for the
//! printable strategy and the view of a shared plan. Every word is the
//! user's, so every word goes in as text.

use crate::exchange::document::Block;
use crate::exchange::writers::{self, Ask, Request};
use crate::plan::Plan;
use crate::ui::shell;
use crate::ui::text::tf;
use std::rc::Rc;
use yew::prelude::*;

/// A document laid out by the file writers, or what went wrong.
pub type LaidOut = Result<Rc<Vec<Block>>, String>;

/// The document the file writers (loaded on demand) lay out for `request`
/// about `plan`: `None` until they answer, and while there is no request.
/// Asked again when the plan or the request changes.
#[hook]
pub fn use_document(plan: Option<&Plan>, request: Option<Request>) -> Option<LaidOut> {
    let mark = plan.map(|p| p as *const Plan as usize);
    let key = request.map(|request| (mark, request));
    let envelope = use_memo(key.clone(), |key| {
        key.as_ref()
            .and(plan)
            .and_then(|p| crate::exchange::encode(p).ok())
    });
    let document = use_state(|| None::<LaidOut>);
    {
        let document = document.clone();
        use_effect_with(key, move |key| {
            document.set(None);
            if let (Some((_, request)), Some(envelope)) = (key.clone(), (*envelope).clone()) {
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = shell::write_files(&request.line(Ask::Files), &envelope, "").await;
                    document.set(Some(match answer {
                        None => Err(crate::ui::text::t(writers::UNAVAILABLE).to_owned()),
                        Some(answer) => writers::read_document(answer).map(Rc::new),
                    }));
                });
            }
        });
    }
    (*document).clone()
}

/// A document as the file writers give it: `waiting` until they answer,
/// then what went wrong, or the document.
pub fn laid_out_view(laid_out: Option<&LaidOut>, waiting: impl Into<Html>) -> Html {
    let waiting: Html = waiting.into();
    match laid_out {
        None => html! { <p class="smp-hint" role="status">{ waiting }</p> },
        Some(Err(problem)) => {
            html! { <p class="smp-banner smp-banner--error" role="alert">{ problem.clone() }</p> }
        }
        Some(Ok(blocks)) => document_view(blocks),
    }
}

/// The blocks as headings, paragraphs, lists and tables; facts and items
/// next to each other make one list. Each level-2 heading opens a part of
/// its own (a new page in print).
pub fn document_view(blocks: &[Block]) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut part: Vec<Html> = Vec::new();
    let mut list: Vec<Html> = Vec::new();
    let mut tables = 0;
    let flush = |list: &mut Vec<Html>, part: &mut Vec<Html>| {
        if !list.is_empty() {
            part.push(html! { <ul class="smp-doc__list">{ for list.drain(..) }</ul> });
        }
    };
    for block in blocks {
        if !matches!(block, Block::Fact(..) | Block::Item(_)) {
            flush(&mut list, &mut part);
        }
        match block {
            Block::Heading(2, text) => {
                if !part.is_empty() {
                    parts.push(html! { <section class="smp-doc__part">{ for part.drain(..) }</section> });
                }
                part.push(html! { <h2>{ text.clone() }</h2> });
            }
            Block::Heading(level, text) => {
                let tag = match level {
                    1 => "h1",
                    3 => "h3",
                    _ => "h4",
                };
                part.push(html! { <@{tag}>{ text.clone() }</@> });
            }
            Block::Text(text) => {
                for paragraph in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
                    let lines = paragraph.lines().enumerate().map(|(n, line)| {
                        html! { <>if n > 0 { <br /> }{ line.trim().to_owned() }</> }
                    });
                    part.push(html! { <p>{ for lines }</p> });
                }
            }
            Block::Fact(label, value) => list.push(html! {
                <li><strong>{ label.clone() }</strong>{ ": " }{ value.clone() }</li>
            }),
            Block::Item(text) => list.push(html! { <li>{ text.clone() }</li> }),
            Block::Table(header, rows) => part.push(html! {
                // A region of its own, focusable, so a narrow screen can
                // scroll it from the keyboard; numbered, so each is named apart.
                <div class="smp-doc__table" role="region" tabindex="0"
                    aria-label={{ tables += 1; tf("Table {}: {}", &[&tables, &crate::ui::text::say(&crate::plan::and_said(header.iter().map(crate::plan::Said::value).collect()))]) }}>
                    <table>
                        <thead><tr>{ for header.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr>{ for row.iter().map(|cell| html! {
                                    <td>{ if cell.is_empty() { "—".to_owned() } else { cell.clone() } }</td>
                                }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }),
        }
    }
    flush(&mut list, &mut part);
    parts.push(html! { <section class="smp-doc__part">{ for part }</section> });
    html! { <div class="smp-doc">{ for parts }</div> }
}

//! The campaign timeline: the strategy's horizon as the frame, each campaign a
//! bar, overlapping campaigns on separate rows.

use super::dates::DateRange;
use super::id::CampaignId;
use super::plan::Plan;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub campaign: CampaignId,
    pub dates: DateRange,
    pub row: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// What the drawing spans: the horizon, widened to take in every campaign.
    pub frame: DateRange,
    pub horizon: Option<DateRange>,
    pub rows: usize,
    pub bars: Vec<Bar>,
}

/// Gives each span the first row where it overlaps nothing already placed,
/// taking spans in order of start (then end). Returns the rows in input order.
pub fn pack_rows(spans: &[DateRange]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    super::order::sort_by_key(&mut order, |&i| (spans[i].start(), spans[i].end()));
    let mut row_ends: Vec<NaiveDate> = Vec::new();
    let mut rows = vec![0; spans.len()];
    for i in order {
        let span = spans[i];
        let row = match row_ends.iter().position(|end| *end < span.start()) {
            Some(row) => row,
            None => {
                row_ends.push(span.end());
                row_ends.len() - 1
            }
        };
        row_ends[row] = span.end();
        rows[i] = row;
    }
    rows
}

impl Plan {
    /// The timeline of the campaigns that are not archived, or `None` when there
    /// is nothing to draw.
    pub fn timeline(&self) -> Option<Timeline> {
        let live: Vec<_> = self.campaigns.iter().filter(|c| !c.archived).collect();
        let horizon = self.strategy.measurement.horizon;
        let spans: Vec<DateRange> = live.iter().map(|c| c.dates).collect();
        let starts = spans
            .iter()
            .map(|d| d.start())
            .chain(horizon.map(|h| h.start()));
        let ends = spans
            .iter()
            .map(|d| d.end())
            .chain(horizon.map(|h| h.end()));
        let frame = DateRange::new(starts.min()?, ends.max()?).ok()?;
        let rows = pack_rows(&spans);
        Some(Timeline {
            frame,
            horizon,
            rows: rows.iter().max().map_or(0, |r| r + 1),
            bars: live
                .iter()
                .zip(rows)
                .map(|(c, row)| Bar {
                    campaign: c.id.clone(),
                    dates: c.dates,
                    row,
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(from: (u32, u32), to: (u32, u32)) -> DateRange {
        let day = |(m, d)| NaiveDate::from_ymd_opt(2027, m, d).unwrap();
        DateRange::new(day(from), day(to)).unwrap()
    }

    #[test]
    fn campaigns_that_do_not_overlap_share_a_row() {
        let rows = pack_rows(&[
            span((1, 1), (1, 31)),
            span((2, 1), (2, 28)),
            span((3, 1), (3, 31)),
        ]);
        assert_eq!(rows, [0, 0, 0]);
    }

    #[test]
    fn overlapping_campaigns_go_on_separate_rows_and_free_rows_are_reused() {
        let rows = pack_rows(&[
            span((1, 1), (3, 31)),
            span((2, 1), (2, 28)),
            span((2, 15), (4, 30)),
            span((3, 1), (3, 15)),
            span((5, 1), (5, 31)),
        ]);
        assert_eq!(rows, [0, 1, 2, 1, 0]);
    }

    #[test]
    fn campaigns_touching_on_one_day_overlap() {
        assert_eq!(
            pack_rows(&[span((1, 1), (1, 31)), span((1, 31), (2, 10))]),
            [0, 1]
        );
    }

    #[test]
    fn rows_follow_start_order_whatever_the_input_order() {
        assert_eq!(
            pack_rows(&[span((3, 1), (3, 31)), span((1, 1), (3, 15))]),
            [1, 0]
        );
        assert_eq!(pack_rows(&[]), Vec::<usize>::new());
    }
}

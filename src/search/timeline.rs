//! Matching articles per calendar month: the timeline the web page draws (`embargo serve`).

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::{DateTime as ChronoDate, Datelike};
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::Query;
use tantivy::{DateTime, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

/// One month of the timeline: `YYYY-MM` and how many matching articles are dated in it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MonthCount {
    pub month: String,
    pub count: u64,
}

/// The months that hold matching articles, oldest first, with their counts (articles, before copies of
/// one text are grouped), plus how many matching articles state no date.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct Timeline {
    pub months: Vec<MonthCount>,
    pub undated: u64,
}

pub fn timeline(searcher: &Searcher, query: &dyn Query) -> Result<Timeline> {
    let counts = searcher.search(query, &MonthCollector)?;
    let months = counts
        .months
        .into_iter()
        .map(|((y, m), count)| MonthCount {
            month: format!("{y:04}-{m:02}"),
            count,
        })
        .collect();
    Ok(Timeline {
        months,
        undated: counts.undated,
    })
}

/// Per-month counts keyed by (year, month): ordered, so merging segments keeps the order.
#[derive(Default)]
pub struct MonthCounts {
    months: BTreeMap<(i32, u32), u64>,
    undated: u64,
}

struct MonthCollector;

struct SegmentMonths {
    column: Column<DateTime>,
    counts: MonthCounts,
}

impl Collector for MonthCollector {
    type Fruit = MonthCounts;
    type Child = SegmentMonths;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentMonths> {
        Ok(SegmentMonths {
            column: reader.fast_fields().date("date")?,
            counts: MonthCounts::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<MonthCounts>) -> tantivy::Result<MonthCounts> {
        let mut all = MonthCounts::default();
        for f in fruits {
            all.undated += f.undated;
            for (k, n) in f.months {
                *all.months.entry(k).or_default() += n;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentMonths {
    type Fruit = MonthCounts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let month = self
            .column
            .first(doc)
            .and_then(|d| ChronoDate::from_timestamp(d.into_timestamp_secs(), 0))
            .map(|d| (d.year(), d.month()));
        match month {
            Some(k) => *self.counts.months.entry(k).or_default() += 1,
            None => self.counts.undated += 1,
        }
    }

    fn harvest(self) -> MonthCounts {
        self.counts
    }
}

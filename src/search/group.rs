//! Collapsing copies of one text into one hit: every document carries `dup_key`, the hash of its words.

use std::collections::HashSet;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Collects the distinct `dup_key`s of the matching documents: the number of hits after grouping.
pub struct DistinctKeys;

pub struct SegmentKeys {
    column: Column<u64>,
    keys: HashSet<u64>,
}

impl Collector for DistinctKeys {
    type Fruit = HashSet<u64>;
    type Child = SegmentKeys;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentKeys> {
        Ok(SegmentKeys {
            column: reader.fast_fields().u64("dup_key")?,
            keys: HashSet::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashSet<u64>>) -> tantivy::Result<HashSet<u64>> {
        let mut all = HashSet::new();
        for f in fruits {
            all.extend(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentKeys {
    type Fruit = HashSet<u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(k) = self.column.first(doc) {
            self.keys.insert(k);
        }
    }

    fn harvest(self) -> HashSet<u64> {
        self.keys
    }
}

//! What the tool prints after a build: the corpus's counts, document by
//! document, and of the curated data.

use super::*;

/// What the tool prints after a build.
pub struct Counts<'a>(pub &'a Corpus);

impl fmt::Display for Counts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.0;
        let paragraphs: usize = c.documents.iter().map(|d| d.paragraphs().count()).sum();
        let notes: usize = c.documents.iter().map(|d| d.notes.len()).sum();
        let markers: usize = c
            .documents
            .iter()
            .flat_map(|d| d.paragraphs())
            .map(|p| p.notes.len())
            .sum();
        let quotes: usize = c.events.iter().map(|e| e.quotes().count()).sum::<usize>()
            + c.items.iter().map(|i| i.quotes().count()).sum::<usize>()
            + c.contradictions
                .iter()
                .map(|x| x.claims.len())
                .sum::<usize>();
        let cross: usize = c
            .events
            .iter()
            .map(|e| e.indicators.len() + e.nit_categories.len())
            .sum::<usize>()
            + c.items
                .iter()
                .map(|i| i.indicators.len() + i.nit_categories.len() + i.events.len())
                .sum::<usize>();
        let count = |k| c.items.iter().filter(|i| i.kind == k).count();
        writeln!(f, "documents        {}", c.documents.len())?;
        writeln!(f, "paragraphs       {paragraphs}")?;
        writeln!(f, "notes            {notes}")?;
        writeln!(f, "indicators       {}", c.fiw.indicators().count())?;
        writeln!(f, "ratings          {}", c.nit.ratings.len())?;
        writeln!(f, "events           {}", c.events.len())?;
        writeln!(f, "recommendations  {}", count(ItemKind::Recommendation))?;
        writeln!(f, "pledges          {}", count(ItemKind::Pledge))?;
        writeln!(
            f,
            "links            {} ({markers} note markers, {quotes} quotes, {cross} cross-references)",
            markers + quotes + cross
        )?;
        writeln!(f, "errata           {}", c.errata.len())?;
        writeln!(f, "contradictions   {}", c.contradictions.len())?;
        let ledger = explainer_core::corpus::coverage::counts(c);
        write!(
            f,
            "coverage         {} sentences found ({} dated, {} asks): {} quoted, {} set aside",
            ledger.found,
            ledger.dated,
            ledger.asks,
            ledger.quoted,
            ledger.set_aside_total()
        )?;
        for (reason, n) in &ledger.set_aside {
            write!(f, "\n  {:<15}{n}", reason.id())?;
        }
        Ok(())
    }
}

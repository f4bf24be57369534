"""Events: summits, agreements and trade figures, read from the article's clauses."""

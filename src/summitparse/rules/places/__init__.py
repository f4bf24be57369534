"""Places: countries, demonyms, cities and regions, and the article's dateline."""

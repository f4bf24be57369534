"""Running many articles: ordered streaming maps, rate limits, JSON Lines batches and progress.

The engines never look inside an article; they move items to the extractor and results to the
output, in input order, with memory flat in the corpus size.
"""

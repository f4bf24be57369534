"""Quotations: real quotes versus scare quotes, and who said them."""

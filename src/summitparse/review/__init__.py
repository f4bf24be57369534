"""The HTML review page: every record's evidence shown in its article, in one self-contained
file."""

from summitparse.review.page import review_command

__all__ = ["review_command"]

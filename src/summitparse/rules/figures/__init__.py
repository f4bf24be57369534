"""Figures: money, percent, counts and plain numbers, with currency and scale words."""

"""Fact extractors: plain functions of the analysed document."""

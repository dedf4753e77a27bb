"""Akoma Ntoso XML: the writer (model to XML) and the reader (any producer's AKN to model)."""

"""Plain text: the reader (text to model) and the writer (model to text)."""

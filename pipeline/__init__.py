"""News-timeline extraction: articles in, one mentions table out (see pipeline/schema.py)."""

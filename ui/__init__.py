"""The page's logic as pure functions (no streamlit import): data loading, filters, figures,
highlighted excerpts and exports.  ``dashboard.py`` only lays them out."""

"""The page's logic as pure functions (no streamlit import); ``dashboard.py`` only lays them out.

``data`` (load the corpus's table, add the page's helper columns once), ``daterange`` (a date range typed
in words), ``filters`` (the rows shown, one mark per event, the widgets' choices), ``lanes`` (rows to
lanes, marks stacked apart), ``palette`` (colour-blind-safe colours), ``figures`` (the timeline and the
market view), ``excerpts`` (sentence, paragraph and article as escaped HTML with highlights),
``exports`` (CSV, Parquet, JSON, PNG/SVG), ``timelinejs`` (the TimelineJS file), ``uploads`` (articles
added in the page), ``state`` (the view in the URL, which pick selects), ``present`` (titles, counts,
the style sheet, presentation mode).  Word lists the page needs are in ``ui/resources/``.
"""

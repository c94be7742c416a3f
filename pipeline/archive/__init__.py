"""The newsroom's claim archive: every document version, claim, check and review decision in one DuckDB file
(``store``), with ``search`` over it and ``diff`` between two versions of a document.
"""

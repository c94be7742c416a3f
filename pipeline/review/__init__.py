"""Review and exchange: the static review site and its decision server (``site``), reviewer corrections
(``corrections``), trend charts over the archive (``trend``), exports and imports (``export``: CSV, Excel CSV,
Parquet, Label Studio).
"""

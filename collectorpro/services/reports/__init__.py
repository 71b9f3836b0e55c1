"""Management reports: each one a ``Report`` of plain tables and charts.

The window shows a report, the exporters write it to CSV, XLSX or PDF, and the command line
does the same headless; none of them computes a figure of its own.
"""

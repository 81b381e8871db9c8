"""The annual report as a document (title, six sections, tables with the national template's merged header
cells), rendered to .docx, .xlsx, PDF and HTML from one model."""

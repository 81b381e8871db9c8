"""The report checker: read an annual report published anywhere (pasted web text, .docx, .xlsx, PDF) and list
every violated consistency rule R1–R6 with the cells involved."""

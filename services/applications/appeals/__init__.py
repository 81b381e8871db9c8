"""Appeals (行政复议、行政诉讼) against replies: the data of report section 四."""

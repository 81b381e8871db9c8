"""Letters (文书): per-agency templates with locked legal paragraphs, rendered to .docx and PDF, archived as sent."""

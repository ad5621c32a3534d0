"""The guided assessment: wizard windows, saved assessments, the record."""

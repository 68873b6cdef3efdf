"""Progress reports for teachers and maths leads: mastery, misconceptions, baseline and end point, trust roll-up."""

"""The widget apps for teachers: print worksheets, plan a lesson, read a progress report (the TA app is in session/)."""

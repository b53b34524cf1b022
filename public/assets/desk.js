// Masthead desk: progressive enhancements only; every form works without this file.

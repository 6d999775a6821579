package io.iamgate.load;

/** A point in a text: line 1-based, column and offset 0-based (Access Analyzer's convention). */
public record Position(int line, int column, int offset) {}

package io.iamgate.model;

/** Access Analyzer's finding types, most severe first (the order ranks findings in reports). */
public enum FindingType {
    ERROR,
    SECURITY_WARNING,
    WARNING,
    SUGGESTION
}

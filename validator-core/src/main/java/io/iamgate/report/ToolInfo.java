package io.iamgate.report;

/** Who produced a report: iamgate's version and the date of the IAM reference it used. */
public record ToolInfo(String name, String version, String iamReference) {}

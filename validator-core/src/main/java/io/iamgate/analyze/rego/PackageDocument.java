package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.JsonNode;

/** The value of one Rego package ({@code data.<path>}) for one input, e.g. path "team.s3". */
record PackageDocument(String packagePath, JsonNode value) {}

package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedPolicyExportTest {

    @Test
    void indentsAsJavaScriptsStringifyDoes() {
        assertEquals("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": [
                "s3:GetObject",
                "s3:ListBucket"
              ],
              "Resource": "arn:aws:s3:::a,b:{c}[d]\\"e\\\\",
              "Condition": {},
              "NotAction": []
            }
          ]
        }""", ManagedPolicyExport.indented("""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],\
        "Resource":"arn:aws:s3:::a,b:{c}[d]\\"e\\\\","Condition":{},"NotAction":[]}]}"""));
    }

    @Test
    void writesEveryPolicyAsAFileOfTheSameDocument(@TempDir Path tmp) throws IOException {
        ManagedPolicies policies = ManagedPolicies.bundled();
        Path dir = tmp.resolve("managed");
        assertEquals(policies.size(), ManagedPolicyExport.export(policies, dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(policies.size(), files.count());
        }
        ObjectMapper json = new ObjectMapper();
        for (ManagedPolicy p : policies.all().toList()) {
            String text = Files.readString(dir.resolve(p.name() + ".json"), StandardCharsets.UTF_8);
            assertEquals(json.readTree(p.document()), json.readTree(text), p.name());
            assertTrue(text.endsWith("}\n"), p.name());
        }
    }
}

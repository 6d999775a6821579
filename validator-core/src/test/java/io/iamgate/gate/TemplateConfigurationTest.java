package io.iamgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.config.ConfigException;
import io.iamgate.config.TemplateConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forms of parameter values AWS's tools take, read alike; anything else is an error naming file and line. */
class TemplateConfigurationTest {

    private static String fixture(String name) throws Exception {
        try (java.io.InputStream in =
                TemplateConfigurationTest.class.getResourceAsStream("cfn-policy-validator/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theThreeFormsOfCfnPolicyValidatorsTestFilesGiveTheSameValues() throws Exception {
        Map<String, String> expected = Map.of("CodestarConnectionArn", "fakearn", "EnvironmentName", "test");
        for (String file : new String[] {
            "template_configuration_file.json", "parameters_cfn_style.json", "parameters_key_value_strings.json"
        }) {
            assertEquals(expected, TemplateConfiguration.parse(fixture(file), file), file);
        }
    }

    @Test
    void cfnPolicyValidatorsInvalidTestFilesAreErrorsNamingTheLine() {
        ConfigException list = assertThrows(
                ConfigException.class,
                () -> TemplateConfiguration.parse(
                        fixture("template_configuration_invalid_parameters.json"), "invalid.json"));
        assertTrue(list.getMessage().startsWith("invalid.json:2: Parameters is not an object"), list.getMessage());
        ConfigException noValue = assertThrows(
                ConfigException.class,
                () -> TemplateConfiguration.parse(fixture("parameters_cfn_style_invalid.json"), "invalid.json"));
        assertTrue(
                noValue.getMessage()
                        .startsWith("invalid.json:2: parameter CodestarConnectionArn has no ParameterValue"),
                noValue.getMessage());
    }

    @Test
    void aCodePipelineTemplateConfigurationGivesItsParameters() throws Exception {
        assertEquals(Map.of("Stage", "prod", "Count", "3"), TemplateConfiguration.parse("""
                {"Parameters": {"Stage": "prod", "Count": 3}, "Tags": {"team": "a"}}
                """, "prod.json"));
    }

    @Test
    void aListOfParameterKeysAndValuesGivesThem() throws Exception {
        assertEquals(Map.of("Stage", "prod", "Subnets", "a,b"), TemplateConfiguration.parse("""
                [{"ParameterKey": "Stage", "ParameterValue": "prod"},
                 {"ParameterKey": "Subnets", "ParameterValue": "a,b"}]
                """, "params.json"));
    }

    @Test
    void aListOfKeyEqualsValueStringsGivesThemAndAValueMayHoldEquals() throws Exception {
        assertEquals(Map.of("Stage", "prod", "Filter", "a=b"), TemplateConfiguration.parse("""
                ["Stage=prod", "Filter=a=b"]
                """, "params.json"));
    }

    @Test
    void usePreviousValueWithoutAValueIsAnErrorSayingWhy() {
        ConfigException e = assertThrows(ConfigException.class, () -> TemplateConfiguration.parse("""
                [{"ParameterKey": "Stage", "UsePreviousValue": true}]
                """, "params.json"));
        assertTrue(e.getMessage().startsWith("params.json:1: parameter Stage has no ParameterValue"), e.getMessage());
    }

    @Test
    void anUnknownShapeIsAnErrorNamingTheFileTheLineAndTheFormsExpected() {
        ConfigException e = assertThrows(ConfigException.class, () -> TemplateConfiguration.parse("""
                ["Stage=prod",
                 "no equals sign"]
                """, "params.json"));
        assertTrue(e.getMessage().startsWith("params.json:2: 'no equals sign' is not Key=Value"), e.getMessage());
        assertTrue(e.getMessage().contains("CodePipeline template configuration"), e.getMessage());
        assertThrows(ConfigException.class, () -> TemplateConfiguration.parse("{\"Stage\": \"prod\"}", "p.json"));
        assertThrows(ConfigException.class, () -> TemplateConfiguration.parse("{\"Parameters\": ", "p.json"));
    }
}

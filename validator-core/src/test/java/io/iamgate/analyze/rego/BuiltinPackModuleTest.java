package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.WasmModule;
import org.junit.jupiter.api.Test;

class BuiltinPackModuleTest {

    @Test
    void readsEverySectionAsChicorysOwnValidatingParserDoes() {
        WasmModule validated = BuiltinPolicyModule.load(); // Chicory's generated loader: validates, digests
        WasmModule read = BuiltinPackModule.get();
        assertEquals(validated.typeSection(), read.typeSection());
        assertEquals(validated.importSection(), read.importSection());
        assertEquals(validated.functionSection(), read.functionSection());
        assertEquals(validated.tableSection(), read.tableSection());
        assertEquals(validated.memorySection(), read.memorySection());
        assertEquals(validated.globalSection(), read.globalSection());
        assertEquals(validated.exportSection(), read.exportSection());
        assertEquals(validated.startSection(), read.startSection());
        assertEquals(validated.elementSection(), read.elementSection());
        assertEquals(validated.codeSection(), read.codeSection());
        assertEquals(validated.dataSection(), read.dataSection());
        assertEquals(validated.dataCountSection(), read.dataCountSection());
        assertEquals(validated.customSections().size(), read.customSections().size());
        assertEquals(validated.ignoredSections(), read.ignoredSections());
        assertTrue(read.exportSection().exportCount() > 0 && read.dataSection().dataSegmentCount() > 0);
    }
}

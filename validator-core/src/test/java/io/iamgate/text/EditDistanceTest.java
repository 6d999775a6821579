package io.iamgate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.of("s3", "s3", 10));
        assertEquals(3, EditDistance.of("kitten", "sitting", 10));
        assertEquals(2, EditDistance.of("exlcude", "exclude", 10));
        assertEquals(5, EditDistance.of("", "abcde", 10));
        assertEquals(5, EditDistance.of("abcde", "", 10));
    }

    @Test
    void givesUpAtTheCap() {
        assertEquals(2, EditDistance.of("abcdef", "uvwxyz", 2));
        assertEquals(3, EditDistance.of("kitten", "sitting", 4));
    }
}

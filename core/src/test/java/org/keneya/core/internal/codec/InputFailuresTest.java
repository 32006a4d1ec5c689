package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class InputFailuresTest {
  @Test
  void theInputsOwnFailureIsFoundBehindItsMarkAndNothingElseIs() {
    IOException disk = new IOException("disk gone");
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw disk;
      }
    };
    IOException marked = assertThrows(IOException.class, () -> InputFailures.marking(failing).read(new byte[4], 0, 4));
    assertSame(disk, InputFailures.inputFailure(marked));
    assertEquals("disk gone", marked.getMessage());
    assertNull(InputFailures.inputFailure(new IOException("a parser's own refusal")));
    assertNull(InputFailures.inputFailure(null));
  }
}

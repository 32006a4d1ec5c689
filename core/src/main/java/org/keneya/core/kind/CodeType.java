package org.keneya.core.kind;

import org.keneya.core.value.Code;

/**
 * A {@link Code} that must be listed in a codelist of the registry, named by {@link #codelist()}.
 * Written as the code itself; a dataset's validation reports codes missing from the list.
 */
public final class CodeType extends ScalarType<Code> {
  private final String codelist;

  CodeType(String codelist) {
    super(Scalar.CODE, Code.class, "code<" + codelist + ">", Code::of, Code::value);
    this.codelist = Codelist.checkName(codelist);
  }

  public String codelist() {
    return codelist;
  }
}

package cn.ronghe.campaign;

import java.util.Arrays;
import java.util.Optional;

/** What a typical case violated, as the library classifies it. */
public enum ViolationType {
  interference("违规干预插手案件"),
  bribery("受贿行贿"),
  dereliction("失职渎职"),
  leak("泄露审判工作秘密"),
  conduct("违反中央八项规定精神"),
  other("其他");

  private final String label;

  ViolationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<ViolationType> of(String code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
  }
}

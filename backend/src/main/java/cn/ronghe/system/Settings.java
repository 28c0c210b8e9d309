package cn.ronghe.system;

/** Checks of configured settings ({@code ronghe.*}), failing the start with the setting's name. */
public final class Settings {

  private Settings() {}

  /**
   * @throws IllegalArgumentException naming the setting when the value is outside [min, max]
   */
  public static void requireBetween(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", not " + value);
    }
  }
}

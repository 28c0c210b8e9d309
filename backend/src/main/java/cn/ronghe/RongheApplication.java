package cn.ronghe;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ronghe (融合): Party-building and discipline workflows for a people's court. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RongheApplication {

  static {
    // Court business runs on Beijing time whatever the server's zone: "end of the due day" in the
    // engine's date expressions and timers, and dates in the database, mean Beijing days.
    System.setProperty("user.timezone", "Asia/Shanghai");
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
  }

  public static void main(String[] args) {
    SpringApplication.run(RongheApplication.class, args);
  }
}

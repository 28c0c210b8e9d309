package cn.ronghe.workflow.reminder;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled}: the deadline sweep runs on every node, every minute. */
@Configuration
@EnableScheduling
class SweepScheduling {}

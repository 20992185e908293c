package dev.complaints.core.model;

/** Intake channel of a complaint (渠道). */
public enum Channel {
  /** 现场: at the service desk or on site. */
  ON_SITE,
  /** 电话 / 400 hotline. */
  PHONE,
  /** 线上: app, website, mini-program. */
  ONLINE,
  /** 社交媒体: social media. */
  SOCIAL_MEDIA,
  /** 邮件: e-mail. */
  EMAIL,
  /** 信函: letter. */
  LETTER,
  /** 12315 or another regulator's referral. */
  REGULATOR
}

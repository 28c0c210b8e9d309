package cn.ronghe.roster;

/**
 * What is wrong with one row of a roster: the sheet, the row's number as Excel shows it, the column
 * (null when the whole row or sheet is meant) and what to do about it.
 */
public record RowError(String sheet, int row, String column, String message) {}

package dev.preflight.validation;

/**
 * ISO-8601 extended date-times as .NET reads them: {@code YYYY-MM-DDThh:mm[:ss[.f…]]} (1 to 9
 * fraction digits), then optionally {@code Z} or an offset {@code ±hh}, {@code ±hhmm} or {@code
 * ±hh:mm} no further than ±14:00. Calendar dates are checked (leap years included); years
 * 0001..9999 (decision 0005). One linear pass, no allocation. The one date-time syntax of
 * Preflight: EmailAccount's {@code LastCheckTime} and every {@code DateTime} field of the catalogue.
 */
public final class DateTimes {
  private static final int MAX_OFFSET_HOURS = 14;

  private DateTimes() {}

  /** Whether {@code s} is a date-time the server reads. */
  public static boolean isDateTime(String s) {
    int n = s.length();
    if (n < 16
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != 't')
        || s.charAt(13) != ':') {
      return false;
    }
    int century = twoDigits(s, 0);
    int yearOfCentury = twoDigits(s, 2);
    int year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
    int month = twoDigits(s, 5);
    int day = twoDigits(s, 8);
    int hour = twoDigits(s, 11);
    int minute = twoDigits(s, 14);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59) {
      return false;
    }
    int i = 16;
    if (i < n && s.charAt(i) == ':') {
      if (n < 19) {
        return false;
      }
      int second = twoDigits(s, 17);
      if (second < 0 || second > 59) {
        return false;
      }
      i = 19;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start || i - start > 9) {
          return false;
        }
      }
    }
    return i == n || isZone(s, i);
  }

  private static boolean isZone(String s, int i) {
    int n = s.length();
    char sign = s.charAt(i);
    if (sign == 'Z' || sign == 'z') {
      return i + 1 == n;
    }
    if (sign != '+' && sign != '-') {
      return false;
    }
    int rest = n - i - 1;
    int hours = rest >= 2 ? twoDigits(s, i + 1) : -1;
    int minutes;
    if (rest == 2) {
      minutes = 0;
    } else if (rest == 4) {
      minutes = twoDigits(s, i + 3);
    } else if (rest == 5 && s.charAt(i + 3) == ':') {
      minutes = twoDigits(s, i + 4);
    } else {
      return false;
    }
    return hours >= 0
        && minutes >= 0
        && minutes <= 59
        && (hours < MAX_OFFSET_HOURS || (hours == MAX_OFFSET_HOURS && minutes == 0));
  }

  /** The two-digit number at {@code s[from]}, or -1 if either character is not a digit. */
  private static int twoDigits(String s, int from) {
    int tens = s.charAt(from) - '0';
    int units = s.charAt(from + 1) - '0';
    return (tens | units) >= 0 && tens <= 9 && units <= 9 ? tens * 10 + units : -1;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

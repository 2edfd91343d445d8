package se.bollplank;

import android.app.AlarmManager;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.os.Build;
import androidx.core.app.NotificationCompat;
import androidx.core.app.NotificationManagerCompat;
import java.util.HashSet;
import java.util.Set;

/** Posts Bollplank's reminders; AlarmManager wakes it at their time, even with the app closed. */
public class BollplankReminderReceiver extends BroadcastReceiver {
    static final String CHANNEL = "reminders";
    static final String PREFS = "bollplank.reminders";

    public static void createChannel(Context context) {
        if (Build.VERSION.SDK_INT >= 26) {
            NotificationChannel channel = new NotificationChannel(CHANNEL, "Reminders", NotificationManager.IMPORTANCE_DEFAULT);
            // Reminder text never holds content; still keep it off the lock screen's details.
            channel.setLockscreenVisibility(android.app.Notification.VISIBILITY_PRIVATE);
            context.getSystemService(NotificationManager.class).createNotificationChannel(channel);
        }
    }

    public static void show(Context context, String id, String title, String body) {
        android.app.Notification n = new NotificationCompat.Builder(context, CHANNEL)
            .setSmallIcon(context.getApplicationInfo().icon)
            .setContentTitle(title).setContentText(body)
            .setStyle(new NotificationCompat.BigTextStyle().bigText(body))
            .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
            .setAutoCancel(true).build();
        try {
            NotificationManagerCompat.from(context).notify(id.hashCode(), n);
        } catch (SecurityException denied) {
            // POST_NOTIFICATIONS not granted: nothing to show.
        }
    }

    static PendingIntent intent(Context context, String id, String title, String body) {
        Intent i = new Intent(context, BollplankReminderReceiver.class).setAction("se.bollplank.REMINDER." + id);
        i.putExtra("id", id).putExtra("title", title).putExtra("body", body);
        return PendingIntent.getBroadcast(context, id.hashCode(), i,
            PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    public static void schedule(Context context, String id, String title, String body, long atMillis) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        PendingIntent pi = intent(context, id, title, body);
        if (Build.VERSION.SDK_INT >= 31 && !alarms.canScheduleExactAlarms())
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, pi);
        else
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, pi);
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        Set<String> ids = new HashSet<>(prefs.getStringSet("ids", new HashSet<>()));
        ids.add(id);
        prefs.edit().putStringSet("ids", ids).apply();
    }

    public static void cancelAll(Context context) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        for (String id : prefs.getStringSet("ids", new HashSet<>()))
            alarms.cancel(intent(context, id, "", ""));
        prefs.edit().remove("ids").apply();
    }

    @Override
    public void onReceive(Context context, Intent intent) {
        show(context, intent.getStringExtra("id"), intent.getStringExtra("title"), intent.getStringExtra("body"));
    }
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <source>Something went wrong that Privacy Desk did not expect. Your saved work is safe. The details were written to the log file in the data folder; please pass it on to whoever looks after Privacy Desk.</source>
        <translation>Privacy Desk で想定外のエラーが発生しました。保存済みのデータは無事です。詳しい内容はデータフォルダーのログファイルに記録しました。Privacy Desk の管理担当者にお知らせください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データフォルダー：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Export Cases as &amp;JSON…</source>
        <translation>案件をJSONでエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Export Cases as &amp;CSV…</source>
        <translation>案件をCSVでエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;heck Database</source>
        <translation>データベースを検査(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Privacy Desk</source>
        <translation>Privacy Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>最新の状態です。</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Database backup (*.sqlite3)</source>
        <translation>データベースのバックアップ (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>バックアップを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>バックアップを作成しています…</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export Cases</source>
        <translation>案件のエクスポート</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>Cases written to %1: %2.</source>
        <translation>%1 に案件を %2 件書き出しました。</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>案件をエクスポートしています…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>データベースのチェック</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>データベースに問題はありません。</translation>
    </message>
    <message>
        <source>The database has problems.</source>
        <translation>データベースに問題があります。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>データベースをチェックしています…</translation>
    </message>
    <message>
        <source>About Privacy Desk</source>
        <translation>Privacy Desk について</translation>
    </message>
    <message>
        <source>Privacy Desk %1
For the privacy office: requests under the APPI, by mail.</source>
        <translation>Privacy Desk %1
個人情報保護の担当部署向け
郵送で届く個人情報保護法上の請求に対応します。</translation>
    </message>
    <message>
        <source>Please wait for the current task to finish.</source>
        <translation>実行中の処理が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>A task is still running. Quit anyway? Nothing half-written will be kept.</source>
        <translation>処理を実行中です。このまま終了しますか？書き込み途中の内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Past the internal target</source>
        <translation>社内目標日超過</translation>
    </message>
    <message>
        <source>Past the legal two-week line</source>
        <translation>法定2週間超過</translation>
    </message>
    <message>
        <source>Due within 3 business days</source>
        <translation>3営業日以内に期限</translation>
    </message>
    <message>
        <source>Awaiting a reply</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>ステータス別の案件数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>書類待ち</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>本人確認済み</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>Rejected as incomplete</source>
        <translation>不備により不受理</translation>
    </message>
    <message>
        <source>Cases in the register: %1</source>
        <translation>登録されている案件：%1 件</translation>
    </message>
</context>
</TS>

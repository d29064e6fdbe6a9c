<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Privacy Desk</source>
        <translation>Privacy Desk について</translation>
    </message>
    <message>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <source>Bundled Software</source>
        <translation>同梱ソフトウェア</translation>
    </message>
    <message>
        <source>Licence Texts</source>
        <translation>ライセンス全文</translation>
    </message>
    <message>
        <source>The screens use the BIZ UDPGothic font; letters and forms are set in BIZ UDMincho and BIZ UDPMincho (Morisawa). The fonts are licensed under the SIL Open Font License 1.1 (see Licence Texts).</source>
        <translation>画面には BIZ UDPゴシック、書面と請求書には BIZ UD明朝と BIZ UDP明朝（モリサワ）を使用しています。これらのフォントは SIL Open Font License 1.1 のもとで提供されています（「ライセンス全文」をご覧ください）。</translation>
    </message>
    <message>
        <source>Privacy Desk includes this software; each is used under its licence. The full licence texts are on the Licence Texts tab.</source>
        <translation>Privacy Desk には次のソフトウェアが含まれており、それぞれのライセンスに従って使用しています。ライセンスの全文は「ライセンス全文」タブでご覧いただけます。</translation>
    </message>
    <message>
        <source>Software or font:</source>
        <translation>ソフトウェア・フォント：</translation>
    </message>
    <message>
        <source>The licence text of %1 was not found in this installation.</source>
        <translation>%1 のライセンス全文がこのインストールに見つかりません。</translation>
    </message>
    <message>
        <source>Privacy Desk %1</source>
        <translation>Privacy Desk %1</translation>
    </message>
    <message>
        <source>For the privacy office: requests under the APPI, by mail.</source>
        <translation>個人情報保護の担当部署向けに、郵送で届く個人情報保護法上の請求への対応を支援します。</translation>
    </message>
</context>
<context>
    <name>ActDialog</name>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <source>for example m.tanaka</source>
        <translation>例：m.tanaka</translation>
    </message>
    <message>
        <source>The name colleagues know</source>
        <translation>職場で呼ばれている名前</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>パスワード（確認）：</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>このユーザー名は使われています。</translation>
    </message>
    <message>
        <source>Enter the name colleagues know.</source>
        <translation>職場で呼ばれている名前を入力してください。</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>ユーザーを追加しています…</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The First Administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>Set Up and Encrypt</source>
        <translation>設定して暗号化</translation>
    </message>
    <message>
        <source>This is your own account. Administrators add the other users and can change everything; you will log in with this user name and password.</source>
        <translation>これはあなた自身のアカウントです。管理者はほかのユーザーを追加でき、すべてを変更できます。ログインにはここで決めるユーザー名とパスワードを使います。</translation>
    </message>
    <message>
        <source>for example m.tanaka</source>
        <translation>例：m.tanaka</translation>
    </message>
    <message>
        <source>Your name as colleagues know it</source>
        <translation>社内で通じる氏名</translation>
    </message>
    <message>
        <source>At least %1 characters. A short sentence is easier to remember than a jumble.</source>
        <translation>%1 文字以上。ランダムな文字の並びより、短い文のほうが覚えやすくなります。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>パスワード（確認）：</translation>
    </message>
    <message>
        <source>The cases already kept in this data folder, and its automatic backups, are encrypted too; nothing of them stays readable without a password.</source>
        <translation>このデータフォルダーにすでにある案件と自動バックアップも暗号化され、パスワードなしでは一切読めなくなります。</translation>
    </message>
    <message>
        <source>The cases you log from now on are kept encrypted.</source>
        <translation>これから受け付ける案件は暗号化して保存されます。</translation>
    </message>
    <message>
        <source>When you press Set Up and Encrypt, Privacy Desk makes a new key and encrypts the database with it.</source>
        <translation>「設定して暗号化」を押すと、Privacy Desk は新しい鍵を作成し、その鍵でデータベースを暗号化します。</translation>
    </message>
    <message>
        <source>From then on only a user&apos;s password or the recovery key (next page) opens it. This step cannot be undone.</source>
        <translation>以後、データベースを開けるのはユーザーのパスワードか回復キー（次のページ）だけです。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Enter your name as colleagues know it.</source>
        <translation>社内で通じる氏名を入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Setting up: making the keys and encrypting the database…</source>
        <translation>設定中：鍵を作り、データベースを暗号化しています…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <source>Something went wrong that Privacy Desk did not expect. Your saved work is safe. The details were written to the log file in the data folder; please pass it on to whoever looks after Privacy Desk.</source>
        <extracomment>The exit status after the user closed the program from the crash dialog.</extracomment>
        <translation>Privacy Desk で想定外のエラーが発生しました。保存済みのデータは無事です。詳しい内容はデータフォルダーのログファイルに記録しました。Privacy Desk の管理担当者にお知らせください。</translation>
    </message>
</context>
<context>
    <name>AssignBox</name>
    <message>
        <source>Assigned to:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割当て</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Give the case to the colleague named here.</source>
        <translation>ここで指定した担当者に案件を割り当てます。</translation>
    </message>
    <message>
        <source>Colleagues not loaded</source>
        <translation>担当者一覧を読み込めませんでした</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>割り当てできませんでした</translation>
    </message>
</context>
<context>
    <name>AutoRefresh</name>
    <message>
        <source>The list may be out of date: the database cannot be read.</source>
        <extracomment>The list was read again and shown (after a change). The audit entry the list was last read after (None: not known).</extracomment>
        <translation>一覧が最新でない可能性があります。データベースを読み込めません。</translation>
    </message>
    <message>
        <source>Privacy Desk tries again every %1 seconds.</source>
        <translation>Privacy Desk は %1 秒ごとに再試行します。</translation>
    </message>
    <message>
        <source>The database can be read again.</source>
        <translation>データベースを再び読み込めるようになりました。</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Back Up Now…</source>
        <extracomment>QSettings key: the last day the reminder was put away (&quot;Later&quot;) or acted on.</extracomment>
        <translation>今すぐバックアップ…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>No copy of the database has been saved off this computer for %1 days. Save one to a USB drive or a network share.</source>
        <translation>データベースのコピーが %1 日間このパソコンの外に保存されていません。USB メモリーかネットワーク上の共有フォルダーに保存してください。</translation>
    </message>
    <message>
        <source>No copy of the database has been saved off this computer yet. Save one to a USB drive or a network share: a broken or lost computer would take every case with it.</source>
        <translation>データベースのコピーがまだこのパソコンの外に保存されていません。USB メモリーかネットワーク上の共有フォルダーに保存してください。パソコンが故障・紛失すると、すべての案件が失われます。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Add Batch</source>
        <translation>保管単位を追加</translation>
    </message>
    <message>
        <source>e.g. Applications 2025</source>
        <translation>例：2025年度応募分</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>保管単位：</translation>
    </message>
    <message>
        <source>This set is kept until its purpose is achieved; the batch comes due when that is recorded in the Retention and Disposal window. The event date is optional.</source>
        <translation>この個人情報は利用目的の達成まで保存します。保管単位は、「保存期間と廃棄」画面で達成を記録した時点で廃棄期限を迎えます。起算日の入力は任意です。</translation>
    </message>
    <message>
        <source>The day of “%1” for this batch; leave it empty until that day is known.</source>
        <translation>この保管単位の「%1」の日付です。日付が決まるまでは空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Event date:</source>
        <translation>起算日：</translation>
    </message>
    <message>
        <source>Kept: %1. A batch is what comes due for disposal as one.</source>
        <translation>保存期間：%1。保管単位ごとにまとめて廃棄期限を迎えます。</translation>
    </message>
</context>
<context>
    <name>BatchEventDialog</name>
    <message>
        <source>Set Event Date</source>
        <translation>起算日の設定</translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>起算事由</translation>
    </message>
    <message>
        <source>Day of “%1”:</source>
        <translation>起算日（%1）：</translation>
    </message>
    <message>
        <source>The batch comes due %1.</source>
        <translation>保存期間：%1。その後、廃棄の対象になります。</translation>
    </message>
    <message>
        <source>%1, batch “%2”</source>
        <translation>%1、保管単位「%2」</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <extracomment>The entry is kept until its purpose is achieved (no event date needed).</extracomment>
        <translation>保管単位</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>廃棄期限</translation>
    </message>
    <message>
        <source>Purpose achieved on</source>
        <translation>利用目的の達成日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Disposed of %1</source>
        <translation>廃棄済み（%1）</translation>
    </message>
    <message>
        <source>Disposal requested</source>
        <translation>廃棄申請中</translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <translation>廃棄期限到来</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Kept until the purpose is achieved</source>
        <translation>利用目的の達成まで保存</translation>
    </message>
    <message>
        <source>Kept; no event date yet</source>
        <translation>保存中（起算日未設定）</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Extend Target…</source>
        <extracomment>The case was changed here (lists elsewhere should re-read it).</extracomment>
        <translation>目標日を延長…</translation>
    </message>
    <message>
        <source>Provision Records…</source>
        <translation>第三者提供記録…</translation>
    </message>
    <message>
        <source>Records of provision to and from third parties about this requester</source>
        <translation>この請求者に関する、第三者への提供と第三者からの受領の記録</translation>
    </message>
    <message>
        <source>Complaints…</source>
        <translation>苦情・相談…</translation>
    </message>
    <message>
        <source>Complaints and inquiries about this case: record or look them up</source>
        <translation>この案件に関する苦情・相談を記録・参照します</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the history, as shown, as an Excel workbook or a CSV file</source>
        <translation>履歴を表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>受付日 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>社内目標日 %1</translation>
    </message>
    <message>
        <source>legal line %1</source>
        <translation>法定2週間 %1</translation>
    </message>
    <message>
        <source>clock paused %1 days</source>
        <translation>期間停止 %1 日</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>延長あり</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>終了 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>案件 %1 の履歴</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>1. Envelope</source>
        <extracomment>Colours of the texts under the fields: a problem red, a warning amber. The clerk changed something (not emitted while the form is filled by code).</extracomment>
        <translation>1. 封書</translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation>受付日(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Postmark date:</source>
        <translation>消印日(&amp;P)：</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Letter written in:</source>
        <translation>書面の言語：</translation>
    </message>
    <message>
        <source>2. Who is writing</source>
        <translation>2. 請求者の区分</translation>
    </message>
    <message>
        <source>3. Principal (whose data it is)</source>
        <translation>3. 本人（個人データの本人）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name in kana:</source>
        <translation>フリガナ：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>生年月日(&amp;B)：</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>郵便番号(&amp;C)：</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>住所(&amp;R)：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メール：</translation>
    </message>
    <message>
        <source>4. Agent (only when an agent writes)</source>
        <translation>4. 代理人（代理人による請求の場合のみ）</translation>
    </message>
    <message>
        <source>A&amp;gent&apos;s name:</source>
        <translation>代理人氏名(&amp;G)：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>郵便番号：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>資格：</translation>
    </message>
    <message>
        <source>e.g. parent, guardian, attorney, judicial scrivener</source>
        <translation>例：親権者、成年後見人、弁護士、司法書士</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>登録番号：</translation>
    </message>
    <message>
        <source>5. What is requested</source>
        <translation>5. 請求内容</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>対象の個人データ</translation>
    </message>
    <message>
        <source>Which personal data the request is about</source>
        <translation>請求の対象となる保有個人データ</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>請求の理由</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Disclose by:</source>
        <translation>開示の方法：</translation>
    </message>
    <message>
        <source>6. Fee</source>
        <translation>6. 手数料</translation>
    </message>
    <message>
        <source> yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>&amp;Fee enclosed:</source>
        <translation>手数料額(&amp;F)：</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>支払方法：</translation>
    </message>
    <message>
        <source>Money order number:</source>
        <translation>小為替番号：</translation>
    </message>
    <message>
        <source>Money order issued on:</source>
        <translation>小為替発行日：</translation>
    </message>
    <message>
        <source>7. Enclosures received</source>
        <translation>7. 同封書類</translation>
    </message>
    <message>
        <source>which document, e.g. driver&apos;s license</source>
        <translation>書類の種類（例：運転免許証）</translation>
    </message>
    <message>
        <source>e.g. power of attorney, family register</source>
        <translation>例：委任状、戸籍謄本</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>8. Handling</source>
        <translation>8. 担当とメモ</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>未割当て</translation>
    </message>
    <message>
        <source>Assigned &amp;to:</source>
        <translation>担当者(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
        <source>This money order expired on %1, before the letter arrived; it cannot be cashed.</source>
        <translation>この定額小為替は到着前の %1 に有効期限が切れているため、換金できません。</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search reference, name, kana, address, phone</source>
        <extracomment>Qt&apos;s largest widget size (QWIDGETSIZE_MAX, not exported by PySide6). Columns that take the spare width, with their shares.</extracomment>
        <translation>案件番号・氏名・フリガナ・住所・電話番号で検索</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未完了の案件</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the cases listed, as shown, as an Excel workbook or a CSV file</source>
        <translation>一覧の案件を表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割当て</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>すべて（%1）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>期限超過（%1）</translation>
    </message>
    <message>
        <source>Due within 3 business days (%1)</source>
        <translation>3営業日以内に期限（%1）</translation>
    </message>
    <message>
        <source>Awaiting documents (%1)</source>
        <translation>書類待ち（%1）</translation>
    </message>
    <message>
        <source>Every case the search and filters find</source>
        <translation>検索条件と絞り込みに該当するすべての案件</translation>
    </message>
    <message>
        <source>Cases past their internal target, clock running</source>
        <translation>社内目標日を過ぎた案件（期間停止中のものを除く）</translation>
    </message>
    <message>
        <source>Cases whose target falls within 3 business days</source>
        <translation>社内目標日まで3営業日以内の案件</translation>
    </message>
    <message>
        <source>Cases waiting for documents from the requester (clock paused)</source>
        <translation>請求者からの書類を待っている案件（期間停止中）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>%1 件</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>How many rows :func:`every_row` reads at a time. The roles :meth:`data` answers besides those a delegate draws with. The :class:`Counts` of the last count query (after every re-query). A page could not be read; the sentence to show. The sentence of the last read that failed (None once a count succeeds). True while the &quot;All&quot; count is being taken off the GUI thread (see _requery).</extracomment>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残日数</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>The column that shows the header&apos;s sort arrow for a sort key. Row tints, translucent so that they sit on the light or dark base colour and keep the palette&apos;s text colour readable on both. The columns whose text is a translated label of the row&apos;s attribute. The roles a delegate paints with that :class:`_Look` answers.</extracomment>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Internal target: %1</source>
        <translation>社内目標日：%1</translation>
    </message>
    <message>
        <source>Legal line: %1</source>
        <translation>法定2週間：%1</translation>
    </message>
    <message>
        <source>Past the internal target</source>
        <translation>社内目標日超過</translation>
    </message>
    <message>
        <source>Due within 3 business days</source>
        <translation>3営業日以内に期限</translation>
    </message>
    <message>
        <source>The clock is paused while documents are awaited</source>
        <translation>書類待ちのため期間の進行を停止しています</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>自分のパスワードを変更</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>現在のパスワード：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>新しいパスワード（確認）：</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードは現在のものと別にしてください。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>パスワードを変更しています…</translation>
    </message>
    <message>
        <source>That password is wrong.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait %1 seconds and try again.</source>
        <translation>失敗が続いたため、%1 秒待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <source>No.:</source>
        <extracomment>The subject stretches; when the table is tight, the names give up width. The value labels by key, for tests and for copying.</extracomment>
        <translation>番号：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受付日：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>経路：</translation>
    </message>
    <message>
        <source>Person&apos;s name:</source>
        <translation>申出者の氏名：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>連絡先：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>関連案件：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>記録：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最終変更：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>対応：</translation>
    </message>
    <message>
        <source>Open for 1 day</source>
        <translation>未完了（1 日経過）</translation>
    </message>
    <message>
        <source>Open for %1 days</source>
        <translation>未完了（%1 日経過）</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>%1 に完了</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Record Complaint or Inquiry</source>
        <extracomment>As long as the store keeps (store.models.Complaint).</extracomment>
        <translation>苦情・相談を記録</translation>
    </message>
    <message>
        <source>Complaint or Inquiry No. %1</source>
        <translation>苦情・相談 No.%1</translation>
    </message>
    <message>
        <source>Optional; as the person gave it</source>
        <translation>任意（申出者が名乗ったとおり）</translation>
    </message>
    <message>
        <source>Phone, e-mail or address; optional</source>
        <translation>電話番号・メールアドレス・住所（任意）</translation>
    </message>
    <message>
        <source>What the complaint or inquiry is about</source>
        <translation>苦情・相談の内容</translation>
    </message>
    <message>
        <source>Optional, e.g. 2026-0042</source>
        <translation>任意（例：2026-0042）</translation>
    </message>
    <message>
        <source>What was answered or done; needed to close it</source>
        <translation>回答した内容・行った対応（完了にするには必須）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Close It Today</source>
        <translation>今日で完了にする</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>経路：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受付日：</translation>
    </message>
    <message>
        <source>Person&apos;s name:</source>
        <translation>申出者の氏名：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>連絡先：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>関連案件：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>対応：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>完了日：</translation>
    </message>
    <message>
        <source>A complaint or inquiry about how the company handles personal information (APPI Art. 40). Close it once it has been answered.</source>
        <translation>当社の個人情報の取扱いに関する苦情・相談です（法第40条）。回答したら完了にしてください。</translation>
    </message>
    <message>
        <source>Recorded %1 by %2.</source>
        <translation>%1 に %2 が記録しました。</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>最終変更は %1 です。</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>No.</source>
        <extracomment>Open records received more than PROMPT_DAYS before this day are late.</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>申出者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>関連案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>The day the complaint or inquiry came in</source>
        <translation>苦情・相談を受け付けた日</translation>
    </message>
    <message>
        <source>Who made the complaint or inquiry</source>
        <translation>苦情・相談の申出者</translation>
    </message>
    <message>
        <source>The case it is about, if any</source>
        <translation>関連する案件（ある場合）</translation>
    </message>
    <message>
        <source>Open records that came in more than %1 days ago are shown in red.</source>
        <translation>受付から %1 日を超えて未完了のものは赤で表示します。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>完了（%1）</translation>
    </message>
    <message>
        <source>Open for 1 day</source>
        <translation>未完了（1 日経過）</translation>
    </message>
    <message>
        <source>Open for %1 days</source>
        <translation>未完了（%1 日経過）</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints and Inquiries</source>
        <extracomment>Emitted after a record was recorded or changed here.</extracomment>
        <translation>苦情・相談</translation>
    </message>
    <message>
        <source>Complaints and inquiries about case %1</source>
        <translation>案件 %1 に関する苦情・相談</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>苦情・相談を記録…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the records listed, as shown, as an Excel workbook or a CSV file</source>
        <translation>一覧の記録を表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Name, subject or case</source>
        <translation>氏名・内容・案件番号</translation>
    </message>
    <message>
        <source>Part of the person&apos;s name, of the subject or of the case reference, typed in any width, in katakana or hiragana.</source>
        <translation>申出者の氏名、内容、案件番号の一部。全角・半角、カタカナ・ひらがなのどれで入力しても構いません。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>苦情</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>相談・問合せ</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>未完了のみ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>検索：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>受付日：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>～</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The From date is after the To date.</source>
        <translation>期間の開始日が終了日より後になっています。</translation>
    </message>
    <message>
        <source>No records match the search.</source>
        <translation>検索条件に該当する記録はありません。</translation>
    </message>
    <message>
        <source>No complaints or inquiries about this case.</source>
        <translation>この案件に関する苦情・相談はありません。</translation>
    </message>
    <message>
        <source>No complaints or inquiries yet.</source>
        <translation>苦情・相談の記録はまだありません。</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>%1, %2 open</source>
        <translation>%1（うち未完了 %2 件）</translation>
    </message>
    <message>
        <source>No. %1 was recorded.</source>
        <translation>No.%1 を記録しました。</translation>
    </message>
    <message>
        <source>No. %1 was recorded; it does not match the search.</source>
        <translation>No.%1 を記録しました。この記録は検索条件に該当しません。</translation>
    </message>
    <message>
        <source>No. %1 was saved.</source>
        <translation>No.%1 を保存しました。</translation>
    </message>
    <message>
        <source>No. %1 was saved; it no longer matches the search.</source>
        <translation>No.%1 を保存しました。この記録は検索条件に該当しなくなりました。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Privacy Desk: an unexpected problem</source>
        <extracomment>The width the explanation is set to, in pixels. done() with this: the user chose to close Privacy Desk.</extracomment>
        <translation>Privacy Desk: 予期しない問題</translation>
    </message>
    <message>
        <source>Privacy Desk met a problem it did not expect.</source>
        <translation>Privacy Desk で予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>What was saved is safe: every change is stored the moment it is saved. A change not saved yet (a case form being filled in) may not have been kept; look at it again.

1. Save the problem report, for instance to a USB drive. It holds the program&apos;s versions and the last lines of its log, and no personal data.
2. Give it to whoever looks after Privacy Desk, with what you were doing.
3. If the problem comes back, close Privacy Desk and start it again.</source>
        <translation>保存済みの内容は失われていません。変更は保存した時点で記録されています。まだ保存していない変更(入力中の案件フォームなど)は残っていない可能性がありますので、もう一度確認してください。

1. 問題レポートを USB メモリーなどに保存してください。プログラムのバージョンとログの最後の行だけを含み、個人データは含みません。
2. 問題レポートを、そのとき行っていた操作とあわせて Privacy Desk の管理担当者に渡してください。
3. 問題が再び起きる場合は、Privacy Desk を終了して起動し直してください。</translation>
    </message>
    <message>
        <source>Save Problem Report…</source>
        <translation>問題レポートを保存…</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>レポートを表示</translation>
    </message>
    <message>
        <source>Close Privacy Desk</source>
        <translation>Privacy Desk を終了</translation>
    </message>
    <message>
        <source>Continue Working</source>
        <translation>作業を続ける</translation>
    </message>
    <message>
        <source>Save Problem Report</source>
        <translation>問題レポートの保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>The report was not saved: %1 Choose another place.</source>
        <translation>レポートを保存できませんでした: %1 別の保存先を選んでください。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Hide Report</source>
        <translation>レポートを隠す</translation>
    </message>
</context>
<context>
    <name>DatabaseAddressField</name>
    <message>
        <source>Empty: the database file on this computer</source>
        <translation>空欄：このパソコンのデータベースファイル</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Connect to the database server as the next start would, and say what it holds</source>
        <translation>次回の起動時と同じようにデータベースサーバーに接続し、中身を確認します</translation>
    </message>
    <message>
        <source>The password was taken out of the address: Privacy Desk never keeps it. Put it in PostgreSQL&apos;s password file (pgpass.conf in %APPDATA%\postgresql on Windows, ~/.pgpass elsewhere) or in PGPASSWORD.</source>
        <extracomment>Said above a test&apos;s outcome until the address is typed again: its password went.</extracomment>
        <translation>アドレスからパスワードを取り除きました。Privacy Desk はパスワードを保存しません。PostgreSQL のパスワードファイル（Windows では %APPDATA%\postgresql の pgpass.conf、その他では ~/.pgpass）または PGPASSWORD に指定してください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>PostgreSQL %1 に接続しました。</translation>
    </message>
    <message>
        <source>The database is empty: at the next start a new, empty office begins there. To move this office&apos;s records onto it, run “privacy-desk migrate-to ADDRESS” on this computer instead.</source>
        <translation>データベースは空です。次回の起動時に、そこで新しい空の事務所が始まります。この事務所の記録を移すには、代わりにこのパソコンで「privacy-desk migrate-to ADDRESS」を実行してください。</translation>
    </message>
    <message>
        <source>It holds a Privacy Desk office with %1 cases.</source>
        <translation>%1 件の案件がある Privacy Desk の事務所です。</translation>
    </message>
    <message>
        <source>It holds a Privacy Desk office of an earlier version with %1 cases; it is brought up to date when it is first opened.</source>
        <translation>以前のバージョンの Privacy Desk の事務所です（案件 %1 件）。最初に開いたときに最新の形式に更新されます。</translation>
    </message>
    <message>
        <source>It holds a Privacy Desk office of a newer version, which this version cannot open.</source>
        <translation>新しいバージョンの Privacy Desk の事務所です。このバージョンでは開けません。</translation>
    </message>
    <message>
        <source>It holds another program&apos;s tables: Privacy Desk cannot use it.</source>
        <translation>別のプログラムのテーブルがあります。Privacy Desk では使えません。</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>2026-11-24 / R8.11.24</source>
        <extracomment>The date now shown (a ``datetime.date``) or None; emitted only when it changes.</extracomment>
        <translation>2026-11-24 / R8.11.24</translation>
    </message>
    <message>
        <source>Type 2026-11-24, 2026/11/24, R8.11.24 or 令和8年11月24日.
Up and Down move the date by one day.</source>
        <translation>2026-11-24、2026/11/24、R8.11.24、令和8年11月24日 の形式で入力します。
↑キー・↓キーで1日ずつ移動します。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>Undecided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Choose the statutory ground…</source>
        <translation>根拠条項を選択…</translation>
    </message>
    <message>
        <source>The reasons, as the letter will explain them to the requester (Art. 36)</source>
        <translation>請求者への通知書に記載する理由（法第36条）</translation>
    </message>
    <message>
        <source>Save Decision</source>
        <translation>決定を保存</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>A manager other than the one who recorded it approves (two-person rule)</source>
        <translation>記録した人とは別の管理職が承認します（二者承認）</translation>
    </message>
    <message>
        <source>Asked for:</source>
        <translation>請求内容：</translation>
    </message>
    <message>
        <source>Reasons given:</source>
        <translation>請求の理由：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>対応結果：</translation>
    </message>
    <message>
        <source>Statutory ground:</source>
        <translation>根拠条項：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>理由の説明：</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>%2 に %1 が承認しました。</translation>
    </message>
    <message>
        <source>Waits for a second manager&apos;s approval (two-person rule).</source>
        <translation>別の管理職の承認待ちです（二者承認）。</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>未決定です。</translation>
    </message>
    <message>
        <source>Decided by %1 on %2.</source>
        <translation>%2 に %1 が決定しました。</translation>
    </message>
    <message>
        <source>The purposes of use of this person&apos;s data, as the notice will state them</source>
        <translation>通知に記載する、ご本人の個人データの利用目的</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>The reply has gone out or the case has ended; decisions can no longer change.</source>
        <translation>回答済みまたは終了した案件のため、決定は変更できません。</translation>
    </message>
</context>
<context>
    <name>DisposalRecordsModel</name>
    <message>
        <source>Done at</source>
        <translation>廃棄日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>廃棄したもの</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書番号</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>Type what the document itself shows; the checklist compares it with the request form.</source>
        <extracomment>Something was typed or ticked (the Save button follows it).</extracomment>
        <translation>書類に記載されているとおりに入力してください。チェックリストが請求書の記載と照合します。</translation>
    </message>
    <message>
        <source>Only if it differs: why it is still the same person</source>
        <translation>異なる場合のみ：それでも本人と判断した理由</translation>
    </message>
    <message>
        <source>Blacked out on the stored copy</source>
        <translation>保存した写しで黒塗り済み</translation>
    </message>
    <message>
        <source>Black out these areas in the viewer first, then tick them here.</source>
        <translation>先にビューアーでこれらの箇所を黒塗りしてから、ここにチェックを付けてください。</translation>
    </message>
    <message>
        <source>The copy shows an Individual Number</source>
        <translation>写しに個人番号の記載がある</translation>
    </message>
    <message>
        <source>This is the back of a My Number card</source>
        <translation>マイナンバーカードの裏面である</translation>
    </message>
    <message>
        <source>The seal matches the seal registration certificate</source>
        <translation>印影が印鑑登録証明書と一致する</translation>
    </message>
    <message>
        <source>Save Document Details</source>
        <translation>書類の内容を保存</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>名義：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>発行日：</translation>
    </message>
    <message>
        <source>Arrived on:</source>
        <translation>到着日：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>生年月日：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <source>Agent&apos;s name:</source>
        <translation>代理人氏名：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ：</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document</source>
        <extracomment>A page was turned, moved, blacked out or removed: lists of documents should re-read.</extracomment>
        <translation>書類</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>左に回転</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Black Out Areas</source>
        <translation>黒塗り</translation>
    </message>
    <message>
        <source>Remove Page…</source>
        <translation>ページを削除…</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Drag over each area to black out. Click an area to choose it; Delete removes the chosen area, Esc the last one.</source>
        <translation>黒塗りする箇所をドラッグで囲んでください。クリックで選択、Delete で選択した箇所を、Esc で最後の箇所を取り消します。</translation>
    </message>
    <message>
        <source>Remove Area</source>
        <translation>箇所を取り消す</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>すべて取り消す</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cover: %1</source>
        <translation>黒塗りが必要：%1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1ページ</translation>
    </message>
    <message>
        <source>%1 · masked</source>
        <translation>%1・黒塗り済み</translation>
    </message>
    <message>
        <source>This page&apos;s image cannot be read.</source>
        <translation>このページの画像を読み込めません。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>黒塗り済み</translation>
    </message>
    <message>
        <source>The marked areas have not been blacked out yet. Discard them?</source>
        <translation>囲んだ箇所はまだ黒塗りされていません。破棄しますか？</translation>
    </message>
    <message>
        <source>Remove Page</source>
        <translation>ページを削除</translation>
    </message>
    <message>
        <source>Remove page %1 from this document? The page&apos;s image is deleted for good.</source>
        <translation>この書類から %1 ページ目を削除しますか？ 画像は完全に削除されます。</translation>
    </message>
    <message>
        <source>The covered areas are replaced with black in the stored image; this cannot be undone.</source>
        <translation>保存されている画像の囲んだ箇所を黒で置き換えます。元に戻せません。</translation>
    </message>
    <message>
        <source>Blacking out…</source>
        <translation>黒塗りしています…</translation>
    </message>
    <message>
        <source>The marked areas have not been blacked out. Close without blacking them out?</source>
        <translation>囲んだ箇所は黒塗りされていません。黒塗りせずに閉じますか？</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <source>Due on</source>
        <extracomment>Items due after this day are shown but cannot be requested yet.</extracomment>
        <translation>廃棄期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Not due yet: it can be requested from %1.</source>
        <translation>廃棄期限前です。%1 から申請できます。</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>No.:</source>
        <translation>番号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>個人情報の項目：</translation>
    </message>
    <message>
        <source>Purposes of use:</source>
        <translation>利用目的：</translation>
    </message>
    <message>
        <source>Special care:</source>
        <translation>要配慮個人情報：</translation>
    </message>
    <message>
        <source>How acquired:</source>
        <translation>取得方法：</translation>
    </message>
    <message>
        <source>Storage place:</source>
        <translation>保管場所：</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>媒体：</translation>
    </message>
    <message>
        <source>Department responsible:</source>
        <translation>管理部署：</translation>
    </message>
    <message>
        <source>Who may access:</source>
        <translation>アクセス権限者：</translation>
    </message>
    <message>
        <source>Period of use:</source>
        <translation>利用期間：</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保存期間：</translation>
    </message>
    <message>
        <source>Disposal method:</source>
        <translation>廃棄方法：</translation>
    </message>
    <message>
        <source>Provided to third parties:</source>
        <translation>第三者提供：</translation>
    </message>
    <message>
        <source>Jointly used:</source>
        <translation>共同利用：</translation>
    </message>
    <message>
        <source>Recipients / joint users:</source>
        <translation>提供先・共同利用者：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>次回見直し：</translation>
    </message>
    <message>
        <source>Last review:</source>
        <translation>前回見直し：</translation>
    </message>
    <message>
        <source>Retired on:</source>
        <translation>廃止日：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>登録：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最終変更：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>あり：%1</translation>
    </message>
    <message>
        <source>None (retired)</source>
        <translation>なし（廃止済み）</translation>
    </message>
    <message>
        <source>%1, due</source>
        <translation>%1（見直し時期）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>未実施</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data folder {folder} is read-only; choose another with --data-dir.</source>
        <extracomment>The database named for this run (``--database URL``, a server&apos;s); None: the one the settings name, else the SQLite file in the folder.</extracomment>
        <translation>データフォルダー {folder} は読み取り専用です。--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>{folder} exists but is not a folder.</source>
        <translation>{folder} は存在しますが、フォルダーではありません。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and try again.</source>
        <translation>{path} のあるディスクがいっぱいです。空き容量を作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write to {path}: permission denied or read-only disk.</source>
        <translation>{path} に書き込めません。権限がないか、読み取り専用のディスクです。</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>{path} を使用できません({reason})。</translation>
    </message>
    <message>
        <source>Setting {key} must be a whole number.</source>
        <extracomment>The values a text setting may take (empty: any). A text setting that is a folder: a full path, or empty for none.</extracomment>
        <translation>設定 {key} には整数を指定してください。</translation>
    </message>
    <message>
        <source>Setting {key} must lie between {minimum} and {maximum}.</source>
        <translation>設定 {key} は {minimum} から {maximum} までの値にしてください。</translation>
    </message>
    <message>
        <source>Setting {key} must be a list of texts.</source>
        <translation>設定 {key} には文字列の一覧を指定してください。</translation>
    </message>
    <message>
        <source>Setting {key} must be a text.</source>
        <translation>設定 {key} には文字列を指定してください。</translation>
    </message>
    <message>
        <source>Setting scanning.source must be &apos;folder&apos;, &apos;sane&apos; (Linux) or &apos;wia&apos; (Windows).</source>
        <extracomment>Where scans come from (``scanning.source``).</extracomment>
        <translation>設定 scanning.source には &apos;folder&apos;、&apos;sane&apos;(Linux)、&apos;wia&apos;(Windows)のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Setting {key} must be one of: {allowed}.</source>
        <translation>設定 {key} には次のいずれかを指定してください: {allowed}</translation>
    </message>
    <message>
        <source>Setting {key} must be a full folder path (or empty for none).</source>
        <translation>設定 {key} にはフォルダーの完全なパスを指定してください(指定しない場合は空欄)。</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged (line {line}: {detail}); correct or remove it.</source>
        <extracomment>The languages of the program&apos;s screens (``ui.language``). How pages go on paper: as the printer is set up, or forced.</extracomment>
        <translation>設定ファイル {path} が破損しています（{line} 行目：{detail}）。修正するか削除してください。</translation>
    </message>
    <message>
        <source>The settings file {path} does not hold settings.</source>
        <translation>設定ファイル {path} には設定が書かれていません。</translation>
    </message>
    <message>
        <source>In {path}: {problem}</source>
        <translation>{path} の内容に誤りがあります。{problem}</translation>
    </message>
    <message>
        <source>the case database</source>
        <extracomment>The name the office&apos;s database goes by in sentences (``Database(label=…)``), and the same at a sentence&apos;s start: both translated with the sentences they stand in.</extracomment>
        <translation>案件データベース</translation>
    </message>
    <message>
        <source>The case database</source>
        <translation>案件データベース</translation>
    </message>
    <message>
        <source>the database</source>
        <extracomment>The name of a database given no other (``Database(url)``), likewise.</extracomment>
        <translation>データベース</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>That is not a database address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <extracomment>Hosts reached without leaving the computer: there a connection needs no TLS.</extracomment>
        <translation>データベースのアドレスではありません。postgresql://ユーザー@ホスト:ポート/データベース の形で書いてください。</translation>
    </message>
    <message>
        <source>The database server {host} is on another computer: the connection must use TLS (sslmode=require or verify-full), not sslmode={mode}.</source>
        <translation>データベースサーバー {host} は別のコンピューターにあります。接続には TLS が必要です（sslmode=require または verify-full）。sslmode={mode} は使えません。</translation>
    </message>
    <message>
        <source>{What} cannot be opened with this key: it belongs to another office, or the password or recovery key does not match it.</source>
        <translation>{What}はこの鍵では開けません。別の事業者のものか、パスワードまたは回復キーが合っていません。</translation>
    </message>
    <message>
        <source>Another desk saved the same record at the same moment; nothing of yours was saved. Look at the record again, then make your change again.</source>
        <translation>別の端末が同じ記録を同時に保存しました。こちらの変更は保存されていません。記録をもう一度確認してから、変更をやり直してください。</translation>
    </message>
    <message>
        <source>{What} is busy with another program; try again in a moment.</source>
        <translation>{What}は別のプログラムが使用中です。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk holding {what} is full; free some space and try again.</source>
        <translation>{what}のあるディスクがいっぱいです。空き容量を作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{What} is read-only; nothing was changed.</source>
        <translation>{What}は読み取り専用です。何も変更していません。</translation>
    </message>
    <message>
        <source>{What} is not a readable database file.</source>
        <translation>{What}は読み取れるデータベースファイルではありません。</translation>
    </message>
    <message>
        <source>{What} could not be read or written: the drive holding it may have been removed or be failing. Nothing was changed; reconnect the drive and try again.</source>
        <translation>{What}を読み書きできませんでした。保存先のドライブが取り外されたか、故障している可能性があります。何も変更していません。ドライブをつなぎ直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot open {what}: the file or its folder cannot be used (a removed drive, or a folder without permission).</source>
        <translation>{what}を開けません。ファイルまたはフォルダーを使用できません(ドライブが取り外された、またはフォルダーへの権限がない可能性があります)。</translation>
    </message>
    <message>
        <source>The database server refused the login: check the user name in the address, and give its password in PostgreSQL&apos;s password file (pgpass) or in PGPASSWORD. Privacy Desk does not keep it.</source>
        <translation>データベースサーバーがログインを拒否しました。アドレスのユーザー名を確認し、パスワードを PostgreSQL のパスワードファイル（pgpass）または PGPASSWORD で指定してください。Privacy Desk はパスワードを保存しません。</translation>
    </message>
    <message>
        <source>The database named in the address does not exist on the server; ask its administrator to create it (empty).</source>
        <translation>アドレスで指定したデータベースがサーバーにありません。サーバーの管理者に（空の）データベースの作成を依頼してください。</translation>
    </message>
    <message>
        <source>The TLS connection to the database server failed: check the server&apos;s certificate and the address&apos;s sslmode and sslrootcert.</source>
        <translation>データベースサーバーへの TLS 接続に失敗しました。サーバーの証明書と、アドレスの sslmode・sslrootcert を確認してください。</translation>
    </message>
    <message>
        <source>The database server cannot be reached: check that it is running and that this computer is on the office network, then try again. Nothing was changed.</source>
        <translation>データベースサーバーに接続できません。サーバーが動いていること、このコンピューターが事務所のネットワークにつながっていることを確認して、もう一度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>Privacy Desk is already running with the data folder {folder}; close it first (or wait for the other command to finish).</source>
        <translation>データフォルダー {folder} を使う Privacy Desk がすでに起動しています。先にそちらを終了してください(または別のコマンドが終わるまでお待ちください)。</translation>
    </message>
    <message>
        <source>The database belongs to another program (it has tables but no Privacy Desk schema); nothing was changed.</source>
        <translation>このデータベースは別のプログラムのものです（テーブルはありますが、Privacy Desk のスキーマがありません）。何も変更していません。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {error}</source>
        <translation>本日の自動バックアップを作成できませんでした。{error}</translation>
    </message>
    <message>
        <source>{path} is not a Privacy Desk database; move it away or choose another data folder.</source>
        <translation>{path} は Privacy Desk のデータベースではありません。別の場所に移すか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Case {reference} was changed at another desk by {actors} since you opened it; your changes were not saved. Look at what changed in the case&apos;s history, then save again.</source>
        <extracomment>The audit details&apos; key of the case version a change made.</extracomment>
        <translation>案件 {reference} は、開いた後に別の端末で{actors}が変更しました。こちらの変更は保存されていません。案件の履歴で変更点を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Case {reference} was changed at another desk since you opened it; your changes were not saved. Look at what changed in the case&apos;s history, then save again.</source>
        <translation>案件 {reference} は、開いた後に別の端末で変更されました。こちらの変更は保存されていません。案件の履歴で変更点を確認してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>There is no case {reference}.</source>
        <translation>案件 {reference} は見つかりません。</translation>
    </message>
    <message>
        <source>These fields cannot be changed here: {fields}.</source>
        <translation>次の項目はここでは変更できません：{fields}。</translation>
    </message>
    <message>
        <source>An enclosure cannot arrive in the future.</source>
        <translation>同封物の到着日を未来の日付にすることはできません。</translation>
    </message>
    <message>
        <source>Case {reference} has no request of that type.</source>
        <translation>案件 {reference} にその種類の請求はありません。</translation>
    </message>
    <message>
        <source>Record a decision for every request type first: {types}.</source>
        <translation>先にすべての請求の種類について決定を記録してください：{types}。</translation>
    </message>
    <message>
        <source>A manager other than the one who recorded it must approve the decision first (two-person rule): {types}.</source>
        <translation>先に、決定を記録した人とは別の管理責任者が承認する必要があります（二者承認）：{types}。</translation>
    </message>
    <message>
        <source>The date of a status change must lie between arrival and today.</source>
        <translation>ステータスを変更する日付は、到着日から今日までの間にしてください。</translation>
    </message>
    <message>
        <source>Identity is not yet verified: {reasons}</source>
        <translation>本人確認がまだ済んでいません：{reasons}</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>延長の理由を入力してください。</translation>
    </message>
    <message>
        <source>Case {reference} is &apos;{status}&apos;; nothing to extend.</source>
        <translation>案件 {reference} は「{status}」のため、延長するものはありません。</translation>
    </message>
    <message>
        <source>The new target must be later than the current one ({target}).</source>
        <translation>新しい目標日は現在の目標日({target})より後にしてください。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, hyphens or underscores (for example m.tanaka).</source>
        <translation>ユーザー名は英字・数字・ピリオド・ハイフン・アンダースコアで 2〜32 文字にしてください(例: m.tanaka)。</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>パスワードは {minimum} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>ユーザー名と同じパスワードは使えません。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name as colleagues know it.</source>
        <translation>職場で呼ばれている名前を入力してください。</translation>
    </message>
    <message>
        <source>Only the first administrator is created by the set-up.</source>
        <translation>初期設定で作成できるのは最初のシステム管理者だけです。</translation>
    </message>
    <message>
        <source>There is already a user {login}.</source>
        <translation>ユーザー {login} はすでに存在します。</translation>
    </message>
    <message>
        <source>There is no user {login}.</source>
        <translation>ユーザー {login} は存在しません。</translation>
    </message>
    <message>
        <source>{login} is deactivated; reactivate them to set a password.</source>
        <translation>{login} は停止中です。パスワードを設定するには、先に利用を再開してください。</translation>
    </message>
    <message>
        <source>You cannot remove your own access; ask another administrator.</source>
        <translation>自分自身の利用を停止することはできません。別のシステム管理者に依頼してください。</translation>
    </message>
    <message>
        <source>{login} is already deactivated.</source>
        <translation>{login} はすでに停止されています。</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>最後のシステム管理者は停止できません。</translation>
    </message>
    <message>
        <source>{login} is already active.</source>
        <translation>{login} はすでに利用中です。</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>自分自身の役割は変更できません。別のシステム管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The last administrator must stay an administrator.</source>
        <translation>最後のシステム管理者の役割は変更できません。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} はフォルダーです。バックアップのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The backup to {path} failed.</source>
        <translation>{path} へのバックアップに失敗しました。</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <source>{path} is not a Privacy Desk backup: it is not a database file.</source>
        <translation>{path} は Privacy Desk のバックアップではありません(データベースファイルではありません)。</translation>
    </message>
    <message>
        <source>{path} cannot be restored; it fails the check: {problems}</source>
        <translation>{path} は検査に通らないため復元できません: {problems}</translation>
    </message>
    <message>
        <source>Restoring failed; the previous database is in {path}.</source>
        <translation>復元に失敗しました。元のデータベースは {path} にあります。</translation>
    </message>
    <message>
        <source>The database is on a server: back it up and restore it with the server&apos;s tools.</source>
        <extracomment>The file holding the wrapped copies of ``key``: every backup carries a copy. With a key, SQLite&apos;s file is encrypted whole (SQLCipher); on a server the program seals the personal columns itself (store/sealed.py). Things that went wrong on opening without stopping it, for the user to read. What the office must hear, though the database opened (shown once, at the start).</extracomment>
        <translation>データベースはサーバー上にあります。バックアップと復元はサーバーのツールで行ってください。</translation>
    </message>
    <message>
        <source>{path} could not be encrypted; it is unchanged.</source>
        <translation>{path} を暗号化できませんでした。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} could not be encrypted completely; it is unchanged.</source>
        <translation>{path} を完全には暗号化できませんでした。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Nothing was imported: there is no terminal to ask in. Check the list above, then run the command again with --yes.</source>
        <translation>何も取り込みませんでした。確認を求める端末がありません。上の一覧を確認してから、--yes を付けてもう一度コマンドを実行してください。</translation>
    </message>
    <message>
        <source>Office closure &apos;{closure}&apos; would close the office for more than three months every year; write the earlier day first (12-29..01-03 wraps over New Year).</source>
        <translation>休業期間「{closure}」では、毎年 3 か月を超えて休業することになります。早い日付を先に書いてください（12-29..01-03 は年末年始をまたぎます）。</translation>
    </message>
    <message>
        <source>Office closure &apos;{closure}&apos; ends before it begins.</source>
        <translation>休業期間「{closure}」は、終わりの日が始まりの日より前になっています。</translation>
    </message>
    <message>
        <source>Cannot read office closure &apos;{closure}&apos;; write 12-29..01-03 for every year or 2027-08-12..2027-08-16 for once.</source>
        <translation>休業期間「{closure}」を読み取れません。毎年なら 12-29..01-03、1 回だけなら 2027-08-12..2027-08-16 のように書いてください。</translation>
    </message>
    <message>
        <source>Office closure &apos;{closure}&apos; names a day that does not exist.</source>
        <translation>休業期間「{closure}」に存在しない日付があります。</translation>
    </message>
    <message>
        <source>The office closures leave no working day for two years; check the setting deadlines.office_closures.</source>
        <translation>休業期間の設定では、2 年間に営業日が 1 日もありません。設定 deadlines.office_closures を確認してください。</translation>
    </message>
    <message>
        <source>A refusal of disclosure needs its statutory ground (APPI Art. 33(2) items 1–3).</source>
        <translation>開示の全部または一部をしない場合は、根拠条項（法第33条第2項第1号～第3号）が必要です。</translation>
    </message>
    <message>
        <source>Explain the reasons for the refusal; the letter must carry them (APPI Art. 36).</source>
        <translation>請求どおりに対応しない理由を説明してください。通知書に理由を記載する必要があります（法第36条）。</translation>
    </message>
    <message>
        <source>A statutory ground belongs only to a refused or partial disclosure.</source>
        <translation>根拠条項は、開示の全部または一部をしない場合にだけ指定します。</translation>
    </message>
    <message>
        <source>the old reference (旧受付番号)</source>
        <extracomment>What a cell in the named column is called in a sentence (translated with the sentence of an error, as a :class:`~privacy_desk.errors.Phrase`).</extracomment>
        <translation>旧受付番号</translation>
    </message>
    <message>
        <source>the date of receipt (受付日)</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>the requester kind (請求者区分)</source>
        <translation>請求者区分</translation>
    </message>
    <message>
        <source>the request types (請求内容)</source>
        <translation>請求内容</translation>
    </message>
    <message>
        <source>the requester&apos;s name (氏名)</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>the name in kana (フリガナ)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>the date of birth (生年月日)</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>the postal code (郵便番号)</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>the address (住所)</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>the phone number (電話番号)</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>the e-mail address (メールアドレス)</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>the agent&apos;s name (代理人氏名)</source>
        <translation>代理人氏名</translation>
    </message>
    <message>
        <source>the agent&apos;s name in kana (代理人フリガナ)</source>
        <translation>代理人フリガナ</translation>
    </message>
    <message>
        <source>the status (状況)</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>the date of the reply (回答日)</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>the closing date (完了日)</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>the notes (備考)</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Two columns of the first row mean {field}: columns {first} and {second}. Keep one.</source>
        <translation>1 行目の {first} 列目と {second} 列目は、どちらも「{field}」の列です。一方だけにしてください。</translation>
    </message>
    <message>
        <source>The first row must name the columns, and these are missing: {names}. See forms/import/README.md for the layout.</source>
        <translation>1 行目には列の見出しが必要ですが、次の列がありません：{names}。形式は forms/import/README.md を参照してください。</translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <extracomment>Worth telling the clerk, but no reason to refuse logging what arrived.</extracomment>
        <translation>受付日が未来の日付です。</translation>
    </message>
    <message>
        <source>The postmark is later than the arrival date.</source>
        <translation>消印日が受付日より後になっています。</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>生年月日が未来の日付です。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, like 617-0002.</source>
        <translation>郵便番号は 617-0002 のように7桁で入力してください。</translation>
    </message>
    <message>
        <source>The request comes from an agent: enter the agent&apos;s name.</source>
        <translation>代理人による請求です。代理人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Tick at least one request type.</source>
        <translation>請求の種類を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>A request type is ticked twice.</source>
        <translation>同じ請求の種類が2回選ばれています。</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>手数料にマイナスの金額は入力できません。</translation>
    </message>
    <message>
        <source>No fee is due for these request types (APPI Art. 38); plan to return it.</source>
        <translation>この請求の種類では手数料を徴収できません（法第38条）。返還の手配をしてください。</translation>
    </message>
    <message>
        <source>Say how the fee was paid (money order or stamps).</source>
        <translation>手数料の支払方法（定額小為替または郵便切手）を選んでください。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a case reference; they look like 2026-0042.</source>
        <translation>「{text}」は案件番号ではありません。案件番号は 2026-0042 のような形式です。</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>案件の閲覧</translation>
    </message>
    <message>
        <source>log requests</source>
        <translation>請求の登録</translation>
    </message>
    <message>
        <source>process cases</source>
        <translation>案件の処理</translation>
    </message>
    <message>
        <source>export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>管理報告</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>保存期間の管理</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>ユーザーの管理</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>A user with the role &apos;{role}&apos; may not do this ({permission}); ask a colleague who may.</source>
        <translation>役割が「{role}」のユーザーはこの操作（{permission}）を行えません。権限のある同僚に依頼してください。</translation>
    </message>
    <message>
        <source>The person who recorded it cannot also approve it; another manager must.</source>
        <translation>記録した人は承認できません。別の管理責任者が承認する必要があります。</translation>
    </message>
    <message>
        <source>The case is already &apos;{status}&apos;.</source>
        <extracomment>Statuses that end a case: the day of the move is its closing date.</extracomment>
        <translation>案件はすでに「{status}」です。</translation>
    </message>
    <message>
        <source>The case is &apos;{status}&apos;, which is final; it cannot become &apos;{new}&apos;.</source>
        <translation>案件は「{status}」で終了しているため、「{new}」にすることはできません。</translation>
    </message>
    <message>
        <source>A case that is &apos;{status}&apos; cannot become &apos;{new}&apos;; it can become {options}.</source>
        <translation>「{status}」の案件を「{new}」にすることはできません。変更できるのは次のステータスです：{options}。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <extracomment>Sensible bounds (mm) so that a typo cannot put text off the sheet.</extracomment>
        <translation>{path} を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>{path}: {problem}.</source>
        <translation>{path}：{problem}。</translation>
    </message>
    <message>
        <source>{path}, line {line}: there is no layout value &apos;{key}&apos; (known: {known}).</source>
        <translation>{path} の {line} 行目：&apos;{key}&apos; というレイアウトの設定値はありません（使える設定値：{known}）。</translation>
    </message>
    <message>
        <source>{path}, line {line}: &apos;{key}&apos; must be a number of millimetres.</source>
        <translation>{path} の {line} 行目：&apos;{key}&apos; にはミリメートル単位の数値を指定してください。</translation>
    </message>
    <message>
        <source>{path}, line {line}: &apos;{key}&apos; must lie between {low} and {high} mm.</source>
        <translation>{path} の {line} 行目：&apos;{key}&apos; は {low}〜{high} mm の範囲にしてください。</translation>
    </message>
    <message>
        <source>{path}: &apos;sender_top&apos; must lie below &apos;reference_top&apos;.</source>
        <translation>{path}：&apos;sender_top&apos; は &apos;reference_top&apos; より下の位置にしてください。</translation>
    </message>
    <message>
        <source>the letter template</source>
        <extracomment>Where the markup came from, when the caller does not name the template file.</extracomment>
        <translation>書面のテンプレート</translation>
    </message>
    <message>
        <source>{source}, output line {line}: unknown section &apos;@{name}&apos;; use {sections}.</source>
        <translation>{source} の出力の {line} 行目：&apos;@{name}&apos; というセクションはありません。{sections} を使ってください。</translation>
    </message>
    <message>
        <source>{source}, output line {line}: text before the first section (start with @recipient): {text}</source>
        <translation>{source} の出力の {line} 行目：最初のセクションより前に文字があります（@recipient から始めてください）：{text}</translation>
    </message>
    <message>
        <source>The recipient&apos;s name and address do not fit the envelope window even in small type; shorten the address as it will be printed.</source>
        <extracomment>Fold lines for three equal panels, marked in the left margin. Baseline of the page number, from the bottom edge. The recipient block shrinks by these steps until it fits the window.</extracomment>
        <translation>宛先の氏名と住所が、小さな文字にしても封筒の窓に収まりません。印字する住所を短くしてください。</translation>
    </message>
    <message>
        <source>The document number and date are too long for the top of the letter.</source>
        <translation>文書番号と日付が長すぎて、書面の上部に収まりません。</translation>
    </message>
    <message>
        <source>Reports are in Japanese (ja) or English (en), not “{language}”.</source>
        <extracomment>Fills of the charts: the period reported and the one before it (also in the trend). The outcomes&apos; shares, from light to dark, outlined so that white stays visible. For charts and narrow columns (the case list&apos;s short names). For the chart&apos;s legend.
----------
Every case still owed a reply, the most urgent first. The clock running and the internal target passed (the case list&apos;s &quot;Overdue&quot;).</extracomment>
        <translation>報告書は日本語（ja）または英語（en）で作成します（「{language}」は使えません）。</translation>
    </message>
    <message>
        <source>The request form template {file}, line {line}: {problem}</source>
        <extracomment>Japanese wording of the choices the form offers (English: the domain&apos;s ``label``).</extracomment>
        <translation>請求書のテンプレート {file} の {line} 行目：{problem}</translation>
    </message>
    <message>
        <source>The request form template {file}: {problem}</source>
        <translation>請求書のテンプレート {file}：{problem}</translation>
    </message>
    <message>
        <source>The request form template {file}, line {line}: the form has no field {quoted} (f.{field}).</source>
        <extracomment>Document types the form has no box for: written out under &quot;Other&quot;. How clerks describe enclosures, beyond the documents&apos; own labels.</extracomment>
        <translation>請求書のテンプレート {file} の {line} 行目：請求書に {quoted} という項目（f.{field}）はありません。</translation>
    </message>
    <message>
        <source>The request form template {file}, line {line}: unknown name {quoted}; the form&apos;s values are f.&lt;field&gt;.</source>
        <translation>請求書のテンプレート {file} の {line} 行目：{quoted} という名前はありません。請求書の値は f.&lt;項目名&gt; として参照します。</translation>
    </message>
    <message>
        <source>The request form template {file}: line {output_line} of its output: {problem}.</source>
        <translation>請求書のテンプレート {file} の出力の {output_line} 行目：{problem}。</translation>
    </message>
    <message>
        <source>The request form template {file}: the file does not exist.</source>
        <translation>請求書のテンプレート {file} が存在しません。</translation>
    </message>
    <message>
        <source>The filter &apos;{name}&apos; needs a date, not {value}.</source>
        <extracomment>Jinja names every template may use besides ``d`` and ``editable``. What a template may read from a value that is not one of our dataclasses.</extracomment>
        <translation>フィルター &apos;{name}&apos; には日付を指定してください（指定された値：{value}）。</translation>
    </message>
    <message>
        <source>The letter template {path} does not exist.</source>
        <translation>書面のテンプレート {path} が存在しません。</translation>
    </message>
    <message>
        <source>The letter template {path} cannot be read: {reason}</source>
        <translation>書面のテンプレート {path} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path} の {line} 行目：{problem}</translation>
    </message>
    <message>
        <source>Letters are written in Japanese or English, not &apos;{language}&apos;.</source>
        <translation>書面は日本語または英語で作成します（&apos;{language}&apos; は使えません）。</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>This letter has no editable part named {names}; it has none.</source>
        <translation>この書面には変更できる箇所がありません（指定された箇所：{names}）。</translation>
    </message>
    <message>
        <source>This letter has no editable part named {names}; it has {parts}.</source>
        <translation>この書面には {names} という変更できる箇所はありません。変更できる箇所は {parts} です。</translation>
    </message>
    <message>
        <source>a letter template</source>
        <translation>書面のテンプレート</translation>
    </message>
    <message>
        <source>{path}, line {line}: unknown name &apos;{name}&apos;; a letter template sees its data as &apos;d&apos; (for example d.recipient.name).</source>
        <translation>{path} の {line} 行目：&apos;{name}&apos; という名前はありません。書面のテンプレートでは、データを &apos;d&apos; として参照します（例：d.recipient.name）。</translation>
    </message>
    <message>
        <source>{path}, line {line}: unknown filter &apos;{name}&apos;.</source>
        <translation>{path} の {line} 行目：&apos;{name}&apos; というフィルターはありません。</translation>
    </message>
    <message>
        <source>{path}, line {line}: unknown test &apos;{name}&apos;.</source>
        <translation>{path} の {line} 行目：&apos;{name}&apos; というテストはありません。</translation>
    </message>
    <message>
        <source>{path}, line {line}: the editable part &apos;{name}&apos; is declared twice (first on line {first}).</source>
        <translation>{path} の {line} 行目：変更できる箇所 &apos;{name}&apos; が二重に定義されています（最初の定義は {first} 行目）。</translation>
    </message>
    <message>
        <source>{path}, line {line}: use editable as a block: {example}.</source>
        <translation>{path} の {line} 行目：editable はブロックとして使ってください（{example}）。</translation>
    </message>
    <message>
        <source>{path}, line {line}: an editable part needs one plain name: editable(&quot;closing&quot;).</source>
        <translation>{path} の {line} 行目：変更できる箇所には、単純な名前を1つ指定してください（例：editable(&quot;closing&quot;)）。</translation>
    </message>
    <message>
        <source>{path}, line {line}: unknown field &apos;{field}&apos; of {owner}; it has {fields}.</source>
        <translation>{path} の {line} 行目：{owner} に &apos;{field}&apos; という項目はありません。使える項目は {fields} です。</translation>
    </message>
    <message>
        <source>{path}, line {line}: unknown field &apos;{field}&apos; of {owner}; use {fields}.</source>
        <translation>{path} の {line} 行目：{owner} に &apos;{field}&apos; という項目はありません。{fields} を使ってください。</translation>
    </message>
    <message>
        <source>{path}, line {line}: &apos;{field}&apos; is not a field (the value is a {type}).</source>
        <translation>{path} の {line} 行目：&apos;{field}&apos; は項目ではありません（値の型は {type} です）。</translation>
    </message>
    <message>
        <source>The scan resolution must be between {minimum} and {maximum} dpi; 300 dpi suits identity documents.</source>
        <translation>スキャン解像度は {minimum}〜{maximum} dpi の範囲で指定してください。本人確認書類には 300 dpi が適しています。</translation>
    </message>
    <message>
        <source>The image cannot be used. Nothing was saved.</source>
        <translation>この画像は使用できません。何も保存されていません。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read as an image; scan the document again. Nothing was saved.</source>
        <translation>ファイルが壊れているか不完全なため、画像として読み取れません。書類をもう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); scan the document again. Nothing was saved.</source>
        <translation>ファイルが空です（0 バイト）。書類をもう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The file is not a PNG, JPEG, TIFF or PDF image; save the scan in one of these formats. Nothing was saved.</source>
        <translation>ファイルが PNG、JPEG、TIFF、PDF のいずれの画像でもありません。スキャンをこれらの形式で保存してください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The PDF holds no scanned image on one of its pages (it was made on a computer); scan the paper document instead. Nothing was saved.</source>
        <translation>PDF にスキャン画像のないページがあります（パソコンで作成された PDF です）。紙の書類をスキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The image is too large to be a scanned page; scan it again at 300 dpi. Nothing was saved.</source>
        <translation>画像が大きすぎるため、スキャンしたページとして扱えません。300 dpi でもう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The file has too many pages for one import; split it and import the parts. Nothing was saved.</source>
        <translation>ファイルのページ数が多すぎて、1回で取り込めません。ファイルを分割して、それぞれ取り込んでください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner reported a problem; scan again. Nothing was saved.</source>
        <translation>スキャナーが問題を報告しました。もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner reports a paper jam; clear it and scan again. Nothing was saved.</source>
        <translation>スキャナーで紙詰まりが発生しています。詰まった紙を取り除いて、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner found no paper; put the document in the feeder or on the glass and scan again. Nothing was saved.</source>
        <translation>スキャナーに原稿がありません。書類を自動原稿送り装置または原稿台に置いて、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open; close it and scan again. Nothing was saved.</source>
        <translation>スキャナーのカバーが開いています。カバーを閉じて、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner is busy with another scan or program; wait until it is free and scan again. Nothing was saved.</source>
        <translation>スキャナーは別のスキャンまたはプログラムで使用中です。空くまで待ってから、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scan was cancelled. Nothing was saved.</source>
        <translation>スキャンを中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>No scanner was found; check that it is switched on and connected, then scan again. Nothing was saved.</source>
        <translation>スキャナーが見つかりません。電源が入っていて接続されていることを確認してから、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>This scanner has no document feeder; choose the flatbed (glass) instead. Nothing was saved.</source>
        <translation>このスキャナーには自動原稿送り装置がありません。代わりに原稿台を選択してください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner stopped with an error; check it, switch it off and on if needed, and scan again. Nothing was saved.</source>
        <translation>スキャナーがエラーで停止しました。スキャナーを確認し、必要であれば電源を入れ直してから、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The feeder delivered more pages than one scan may hold (50); scan fewer pages in one go. Nothing was saved.</source>
        <translation>自動原稿送り装置から、1回のスキャンで扱えるページ数（50）を超えるページが送られました。1回にスキャンするページ数を減らしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner folder cannot be found; check that the folder (or the network drive) is there and that the setting names it.</source>
        <translation>スキャナーフォルダーが見つかりません。フォルダー（またはネットワークドライブ）があること、設定にそのフォルダーが指定されていることを確認してください。</translation>
    </message>
    <message>
        <source>Mark at least one area to black out.</source>
        <extracomment>JPEG&apos;s largest coding unit (4:2:0 subsampling): masks are widened to it.</extracomment>
        <translation>黒塗りする箇所を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>An area to black out must have a width and a height.</source>
        <translation>黒塗りする箇所には幅と高さが必要です。</translation>
    </message>
    <message>
        <source>An area to black out lies outside the page.</source>
        <translation>黒塗りする箇所がページの外にあります。</translation>
    </message>
    <message>
        <source>Scanning needs SANE, which is not installed on this computer; ask the administrator, or use the scanner folder. Nothing was saved.</source>
        <translation>スキャンには SANE が必要ですが、このパソコンにはインストールされていません。管理者に相談するか、スキャナーフォルダーを使用してください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner does not accept one of the scan settings; check the scanner settings and scan again. Nothing was saved.</source>
        <translation>スキャナーが読み取り設定の一部を受け付けません。スキャナーの設定を確認して、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner is warming up; wait a minute and scan again. Nothing was saved.</source>
        <translation>スキャナーはウォームアップ中です。1分ほど待ってから、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The feeder pulled in several sheets at once; straighten the stack and scan again. Nothing was saved.</source>
        <translation>自動原稿送り装置が複数枚を同時に送りました。原稿をそろえて、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner reports a problem with the paper; check it and scan again. Nothing was saved.</source>
        <translation>スキャナーが用紙の問題を報告しています。用紙を確認して、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner needs attention (see its display); deal with it and scan again. Nothing was saved.</source>
        <translation>スキャナーで操作が必要です（スキャナーの表示を確認してください）。対処してから、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner&apos;s lamp is off; switch the scanner off and on and scan again. Nothing was saved.</source>
        <translation>スキャナーのランプが消えています。スキャナーの電源を入れ直してから、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>Scanning through WIA needs Windows and its scanner support; use the scanner folder instead. Nothing was saved.</source>
        <translation>WIA でのスキャンには Windows とそのスキャナー機能が必要です。代わりにスキャナーフォルダーを使用してください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The scanner does not accept one of the scan settings (source, colour or resolution); choose another and scan again. Nothing was saved.</source>
        <translation>スキャナーが読み取り設定（原稿の位置、色、解像度）の一部を受け付けません。別の設定を選んで、もう一度スキャンしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>ユーザー名またはパスワードが違います。</translation>
    </message>
    <message>
        <source>That recovery key does not open this database.</source>
        <translation>この回復キーでは、このデータベースを開けません。</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait 1 second and try again.</source>
        <translation>失敗が続いたため、1 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait {seconds} seconds and try again.</source>
        <translation>失敗が続いたため、{seconds} 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged (line {line}: {detail}); restore it from a backup.</source>
        <extracomment>The ``{path}`` of sentences about the document: a file&apos;s path, or a phrase.</extracomment>
        <translation>鍵ファイル {path} が破損しています（{line} 行目：{detail}）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged (not UTF-8 text); restore it from a backup.</source>
        <translation>鍵ファイル {path} が破損しています（UTF-8 のテキストではありません）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of Privacy Desk; update the program.</source>
        <translation>鍵ファイル {path} は新しいバージョンの Privacy Desk で書き込まれています。プログラムを更新してください。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({detail}); restore it from a backup.</source>
        <translation>鍵ファイル {path} が破損しています（{detail}）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>There is no key slot named {name}.</source>
        <translation>{name} という鍵スロットはありません。</translation>
    </message>
    <message>
        <source>The last key slot cannot be removed: nobody could open the database.</source>
        <translation>最後の鍵スロットは削除できません。削除すると、誰もデータベースを開けなくなります。</translation>
    </message>
    <message>
        <source>The key file {path} holds a slot for another database; restore the key file from a backup.</source>
        <translation>鍵ファイル {path} には別のデータベースの鍵スロットが入っています。バックアップから鍵ファイルを復元してください。</translation>
    </message>
    <message>
        <source>That recovery key has a typo; check it against the printed sheet.</source>
        <translation>回復キーに入力の誤りがあります。印刷した用紙と照らし合わせてください。</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>期間の終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>The period cannot run past today.</source>
        <translation>期間の終了日を今日より後にすることはできません。</translation>
    </message>
    <message>
        <source>{path} exists already; choose a new folder or file name.</source>
        <translation>{path} はすでに存在します。新しいフォルダー名またはファイル名を指定してください。</translation>
    </message>
    <message>
        <source>This data folder is already set up; log in instead.</source>
        <translation>このデータフォルダーはすでに設定済みです。ログインしてください。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name as colleagues know it.</source>
        <translation>システム管理者の名前を、職場で呼ばれているとおりに入力してください。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name and address; letters carry them.</source>
        <translation>事業者の名称と所在地を入力してください。書面に記載されます。</translation>
    </message>
    <message>
        <source>{login} is not an active administrator of this office.</source>
        <translation>{login} は、この事業者の利用中のシステム管理者ではありません。</translation>
    </message>
    <message>
        <source>The person name is longer than {limit} characters.</source>
        <extracomment>Fields whose values stay out of the audit trail (they identify the person).</extracomment>
        <translation>申出者の氏名は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The person contact is longer than {limit} characters.</source>
        <translation>連絡先は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The case reference is longer than {limit} characters.</source>
        <translation>案件番号は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Say what the complaint or inquiry is about.</source>
        <translation>苦情・相談の内容を入力してください。</translation>
    </message>
    <message>
        <source>The day it came in is still to come.</source>
        <translation>受付日が未来の日付です。</translation>
    </message>
    <message>
        <source>It cannot be closed before it came in.</source>
        <translation>完了日が受付日より前になっています。</translation>
    </message>
    <message>
        <source>It cannot be closed on a day still to come.</source>
        <translation>完了日が未来の日付です。</translation>
    </message>
    <message>
        <source>Write the response before closing it.</source>
        <translation>完了にする前に対応を入力してください。</translation>
    </message>
    <message>
        <source>There is no case {reference} to link it to.</source>
        <translation>関連案件 {reference} が見つかりません。</translation>
    </message>
    <message>
        <source>There is no complaint or inquiry number {number}.</source>
        <translation>苦情・相談 No.{number} は見つかりません。</translation>
    </message>
    <message>
        <source>Log in first: this needs a user with a role.</source>
        <extracomment>The acting user&apos;s role. None until logins are switched on (issue 4); the services that need a role refuse to act without one.</extracomment>
        <translation>先にログインしてください。この操作には役割のあるユーザーが必要です。</translation>
    </message>
    <message>
        <source>Case {reference} is &apos;{status}&apos;; its decisions can no longer change.</source>
        <translation>案件 {reference} は「{status}」のため、決定は変更できません。</translation>
    </message>
    <message>
        <source>Case {reference} has no request number {number}.</source>
        <translation>案件 {reference} に {number} 番目の請求はありません。</translation>
    </message>
    <message>
        <source>This decision needs no approval.</source>
        <translation>この決定に承認は不要です。</translation>
    </message>
    <message>
        <source>{approver} approved this decision already.</source>
        <translation>この決定は {approver} がすでに承認しています。</translation>
    </message>
    <message>
        <source>There is no document number {number}.</source>
        <translation>書類番号 {number} は見つかりません。</translation>
    </message>
    <message>
        <source>This copy of case {reference} was destroyed on {date}; only the record of it is kept.</source>
        <translation>案件 {reference} のこの写しは {date} に廃棄済みです。残っているのはその記録だけです。</translation>
    </message>
    <message>
        <source>The document has no pages; scan or import it again.</source>
        <translation>書類にページがありません。もう一度スキャンするか、取り込んでください。</translation>
    </message>
    <message>
        <source>A document has at most {maximum} pages; split it into several.</source>
        <translation>1つの書類は {maximum} ページまでです。複数の書類に分けてください。</translation>
    </message>
    <message>
        <source>Case {reference} is &apos;{status}&apos;; it takes no documents.</source>
        <translation>案件 {reference} は「{status}」のため、書類を追加できません。</translation>
    </message>
    <message>
        <source>The day a document arrived must lie between the case&apos;s arrival and today.</source>
        <translation>書類の到着日は、案件の到着日から今日までの間にしてください。</translation>
    </message>
    <message>
        <source>A date on a document cannot lie in the future.</source>
        <translation>書類の日付を未来の日付にすることはできません。</translation>
    </message>
    <message>
        <source>There is no page number {number}.</source>
        <translation>ページ番号 {number} は見つかりません。</translation>
    </message>
    <message>
        <source>A page position runs from 1 to {maximum}.</source>
        <translation>ページの位置は 1〜{maximum} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>This is the document&apos;s only page; remove the document instead.</source>
        <translation>この書類のページはこれだけです。書類ごと削除してください。</translation>
    </message>
    <message>
        <source>Say why the copy is removed (for example: scanned by mistake).</source>
        <translation>写しを削除する理由を入力してください（例：誤ってスキャンした）。</translation>
    </message>
    <message>
        <source>Nothing is missing from case {reference}&apos;s identity documents.</source>
        <translation>案件 {reference} の本人確認書類に不足はありません。</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{format}&apos;; use json or csv.</source>
        <translation>&apos;{format}&apos; というエクスポート形式はありません。json または csv を指定してください。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>“{file}” is an old Excel workbook (.xls); in Excel save it as “Excel Workbook (*.xlsx)” or “CSV UTF-8”, then import that.</source>
        <extracomment>A cell as read: text from CSV; text, a number, a date or nothing from XLSX. A file this big is not a table of records someone typed.</extracomment>
        <translation>「{file}」は古い形式の Excel ブック（.xls）です。Excel で「Excel ブック (*.xlsx)」または「CSV UTF-8」として保存し直してから、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>“{file}” is not a CSV or Excel (.xlsx) file; Privacy Desk imports the office&apos;s records from those.</source>
        <translation>「{file}」は CSV ファイルでも Excel（.xlsx）ファイルでもありません。Privacy Desk が受付記録を取り込めるのは、これらのファイルからです。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ファイル {path} が見つかりません。</translation>
    </message>
    <message>
        <source>“{file}” is larger than {megabytes} MB; split it.</source>
        <translation>「{file}」は {megabytes} MB を超えています。分割してください。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read: {reason}.</source>
        <translation>「{file}」を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>“{file}” is neither UTF-8 nor Shift_JIS text, so its characters cannot be read. In Excel, save it as “CSV UTF-8 (comma delimited)” and import that.</source>
        <translation>「{file}」は UTF-8 でも Shift_JIS でもないため、文字を読み取れません。Excel で「CSV UTF-8 (コンマ区切り)」として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened as an Excel workbook (.xlsx); save it again from Excel, or as “CSV UTF-8”.</source>
        <translation>「{file}」を Excel ブック（.xlsx）として開けません。Excel で保存し直すか、「CSV UTF-8」として保存してください。</translation>
    </message>
    <message>
        <source>“{file}” has no rows. Its first row names the columns and each further row is one case; see forms/import/README.md.</source>
        <extracomment>Headings of the first row that name no column the import knows (their cells are not read): worth a look, a typo hides a column. The references of the cases created, in the order they were created. Rows imported before, including any imported by someone else since the preview.</extracomment>
        <translation>「{file}」には行がありません。1 行目に列の見出しを書き、2 行目以降に 1 行につき 1 件の案件を書いてください。形式は forms/import/README.md を参照してください。</translation>
    </message>
    <message>
        <source>The first row of “{file}” cannot be read: {problem}.</source>
        <translation>「{file}」の 1 行目を読み取れません（{problem}）。</translation>
    </message>
    <message>
        <source>Row {row}: {problem} Nothing was imported.</source>
        <translation>{row} 行目：{problem} 何も取り込みませんでした。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>名称は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The acquisition is longer than {limit} characters.</source>
        <translation>取得方法は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The storage place is longer than {limit} characters.</source>
        <translation>保管場所は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The department is longer than {limit} characters.</source>
        <translation>管理部署は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The access is longer than {limit} characters.</source>
        <translation>アクセス権限者は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The period of use is longer than {limit} characters.</source>
        <translation>利用期間は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The special care items are longer than {limit} characters.</source>
        <translation>要配慮個人情報の内容は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The recipients are longer than {limit} characters.</source>
        <translation>提供先・共同利用者は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Give the set of personal information a name.</source>
        <translation>個人情報の名称を入力してください。</translation>
    </message>
    <message>
        <source>List the data items it holds.</source>
        <translation>保有する個人情報の項目を入力してください。</translation>
    </message>
    <message>
        <source>Pick at least one purpose of use.</source>
        <translation>利用目的を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Unknown purpose of use: {codes}.</source>
        <translation>不明な利用目的です：{codes}。</translation>
    </message>
    <message>
        <source>Say which special-care-required information it includes.</source>
        <translation>含まれる要配慮個人情報を入力してください。</translation>
    </message>
    <message>
        <source>The event the retention is counted from is longer than {limit} characters.</source>
        <translation>保存期間の起算となる出来事は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Name the third parties or joint users it goes to.</source>
        <translation>提供先・共同利用者を入力してください。</translation>
    </message>
    <message>
        <source>There is no ledger entry number {number}.</source>
        <translation>台帳項目 No.{number} は見つかりません。</translation>
    </message>
    <message>
        <source>The ledger already has an entry named “{name}” (No. {number}).</source>
        <translation>台帳には「{name}」という項目がすでにあります（No.{number}）。</translation>
    </message>
    <message>
        <source>The first review is due within a year from today.</source>
        <translation>初回見直し日は今日から1年以内にしてください。</translation>
    </message>
    <message>
        <source>Say why the set is no longer held (e.g. all of it was disposed of).</source>
        <translation>保有しなくなった理由を入力してください（例：すべて廃棄済み）。</translation>
    </message>
    <message>
        <source>An entry cannot be retired on a day still to come.</source>
        <translation>項目を未来の日付で廃止することはできません。</translation>
    </message>
    <message>
        <source>This entry was retired on {date}.</source>
        <translation>この項目は {date} に廃止されています。</translation>
    </message>
    <message>
        <source>Batches of this set are still kept: {batches}. Dispose of them first.</source>
        <translation>この個人情報の保管単位がまだ保存されています：{batches}。先に廃棄してください。</translation>
    </message>
    <message>
        <source>A review cannot be recorded for a day still to come.</source>
        <translation>未来の日付で見直しを記録することはできません。</translation>
    </message>
    <message>
        <source>The review note is longer than {limit} characters.</source>
        <translation>見直しの備考は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>This entry was retired; it needs no more reviews.</source>
        <translation>この項目は廃止されているため、見直しは不要です。</translation>
    </message>
    <message>
        <source>A review cannot be recorded before the last one ({date}).</source>
        <translation>前回の見直し（{date}）より前の日付で見直しを記録することはできません。</translation>
    </message>
    <message>
        <source>Name the batch (e.g. “Applications 2025”).</source>
        <translation>保管単位の名前を入力してください（例：「2025年度応募分」）。</translation>
    </message>
    <message>
        <source>The batch&apos;s name is longer than {limit} characters.</source>
        <translation>保管単位の名前は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>This entry was retired; it takes no new batches.</source>
        <translation>この項目は廃止されているため、保管単位を追加できません。</translation>
    </message>
    <message>
        <source>This entry already has a batch “{label}”.</source>
        <translation>この項目には保管単位「{label}」がすでにあります。</translation>
    </message>
    <message>
        <source>There is no ledger batch number {number}.</source>
        <translation>保管単位 No.{number} は見つかりません。</translation>
    </message>
    <message>
        <source>This batch was disposed of already.</source>
        <translation>この保管単位はすでに廃棄されています。</translation>
    </message>
    <message>
        <source>This batch is requested for disposal; withdraw the request to change its date.</source>
        <translation>この保管単位は廃棄申請中です。日付を変更するには、申請を取り下げてください。</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>提供先を入力してください。</translation>
    </message>
    <message>
        <source>Name who provided it.</source>
        <translation>提供元を入力してください。</translation>
    </message>
    <message>
        <source>Name the person the data is about.</source>
        <translation>本人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>List the data items provided.</source>
        <translation>データの項目を入力してください。</translation>
    </message>
    <message>
        <source>Explain the basis in the note.</source>
        <translation>根拠を備考に記入してください。</translation>
    </message>
    <message>
        <source>The date of provision is still to come.</source>
        <translation>提供・受領の日が未来の日付です。</translation>
    </message>
    <message>
        <source>The date of birth is after the date of provision.</source>
        <translation>生年月日が提供・受領の日より後になっています。</translation>
    </message>
    <message>
        <source>The counterparty is longer than {limit} characters.</source>
        <translation>提供先・提供元は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The subject name is longer than {limit} characters.</source>
        <translation>本人の氏名は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The subject kana is longer than {limit} characters.</source>
        <translation>フリガナは{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The counterparty address is longer than {limit} characters.</source>
        <translation>提供先・提供元の住所は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The items are longer than {limit} characters.</source>
        <translation>データの項目は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>備考は{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>The ledger entry “{name}” was retired.</source>
        <translation>台帳項目「{name}」は廃止されています。</translation>
    </message>
    <message>
        <source>The ledger entry “{name}” says it is not provided to third parties nor jointly used; correct the entry first.</source>
        <translation>台帳項目「{name}」は第三者提供も共同利用もしないことになっています。先に台帳項目を訂正してください。</translation>
    </message>
    <message>
        <source>A letter is written in Japanese (ja) or English (en).</source>
        <translation>書面は日本語（ja）または英語（en）で作成します。</translation>
    </message>
    <message>
        <source>There is no letter number {number}.</source>
        <translation>番号 {number} の書面は見つかりません。</translation>
    </message>
    <message>
        <source>Letter {document} was destroyed under the retention rules; only the record that it was sent is kept.</source>
        <translation>書面 {document} は保存規則に従って廃棄されました。発送の記録だけが残っています。</translation>
    </message>
    <message>
        <source>The stored copy of letter {document} does not match its hash; check the database (File ▸ Check Database).</source>
        <translation>保存されている書面 {document} の写しがハッシュ値と一致しません。データベースをチェックしてください（ファイル ▸ データベースをチェック）。</translation>
    </message>
    <message>
        <source>Registered mail has a tracking number; enter it from the receipt.</source>
        <translation>書留にはお問い合わせ番号があります。受領証に記載の番号を入力してください。</translation>
    </message>
    <message>
        <source>A tracking number has digits only (hyphens and spaces are fine).</source>
        <translation>お問い合わせ番号は数字だけで入力してください（ハイフンと空白は入れてもかまいません）。</translation>
    </message>
    <message>
        <source>The day of sending lies between the letter&apos;s date and today.</source>
        <translation>発送日は、書面の日付から今日までの間にしてください。</translation>
    </message>
    <message>
        <source>Record how the letter was sent before recording its return.</source>
        <translation>返送を記録する前に、書面の発送方法を記録してください。</translation>
    </message>
    <message>
        <source>The day of return lies between the sending and today.</source>
        <translation>返送日は、発送日から今日までの間にしてください。</translation>
    </message>
    <message>
        <source>There is no database yet in {folder}.</source>
        <translation>{folder} にはまだデータベースがありません。</translation>
    </message>
    <message>
        <source>{backup} is a backup of another office. Restore it into a new, empty data folder instead.</source>
        <translation>{backup} は別の事業者のバックアップです。新しい空のデータフォルダーに復元してください。</translation>
    </message>
    <message>
        <source>The key file {key_file} that belongs to {backup} is not beside it. Copy both files from the backup medium and try again.</source>
        <translation>{backup} の鍵ファイル {key_file} が同じフォルダーにありません。バックアップ媒体から両方のファイルをコピーして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name; letters carry it.</source>
        <extracomment>The sentence for a required field left empty (marked: raised as it is).</extracomment>
        <translation>会社名を入力してください。書面に記載されます。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s address; letters carry it.</source>
        <translation>会社の所在地を入力してください。書面に記載されます。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, for example 617-0002.</source>
        <extracomment>Settings an administrator changes from the app: every one. The database&apos;s address is taken at the next start (see :func:`change_settings`).</extracomment>
        <translation>郵便番号は 617-0002 のように7桁で入力してください。</translation>
    </message>
    <message>
        <source>There is no setting {key} that can be changed here.</source>
        <translation>ここで変更できる設定 {key} はありません。</translation>
    </message>
    <message>
        <source>A rule &apos;until the purpose is achieved&apos; has no count.</source>
        <translation>「利用目的の達成まで」の保存期間には数値を指定しません。</translation>
    </message>
    <message>
        <source>A retention period runs from 0 to {maximum} days.</source>
        <translation>保存期間は 0〜{maximum} 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A retention period runs from 0 to {maximum} months.</source>
        <translation>保存期間は 0〜{maximum} か月の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A retention period runs from 0 to {maximum} years.</source>
        <translation>保存期間は 0〜{maximum} 年の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>発行書面</translation>
    </message>
    <message>
        <source>The purpose cannot be recorded as achieved on a day still to come.</source>
        <translation>利用目的の達成日を未来の日付で記録することはできません。</translation>
    </message>
    <message>
        <source>The note is longer than 400 characters.</source>
        <translation>備考が 400 文字を超えています。</translation>
    </message>
    <message>
        <source>{kind} {number} is not kept until its purpose is achieved, or its purpose was recorded as achieved already.</source>
        <translation>{kind} {number} は利用目的の達成まで保存するものではないか、すでに利用目的の達成が記録されています。</translation>
    </message>
    <message>
        <source>The horizon is a number of days from 0 up.</source>
        <translation>表示する日数には 0 以上の数を指定してください。</translation>
    </message>
    <message>
        <source>Choose what to dispose of.</source>
        <translation>廃棄するものを選択してください。</translation>
    </message>
    <message>
        <source>A contractor&apos;s disposal needs the number of its certificate.</source>
        <translation>廃棄業者への委託による廃棄には、証明書番号が必要です。</translation>
    </message>
    <message>
        <source>Not due for disposal today, or already requested: {items}.</source>
        <translation>次のものは本日廃棄期限を迎えていないか、すでに廃棄を申請済みです：{items}。</translation>
    </message>
    <message>
        <source>There is no disposal number {number}.</source>
        <translation>廃棄番号 {number} は見つかりません。</translation>
    </message>
    <message>
        <source>{login} approved this disposal already.</source>
        <translation>この廃棄は {login} がすでに承認しています。</translation>
    </message>
    <message>
        <source>This disposal was carried out; its record stays.</source>
        <translation>この廃棄は実施済みです。記録はそのまま残ります。</translation>
    </message>
    <message>
        <source>This batch is no longer kept; withdraw the request.</source>
        <translation>この保管単位はすでに保存されていません。申請を取り下げてください。</translation>
    </message>
    <message>
        <source>This copy is no longer kept; withdraw the request.</source>
        <translation>この写しはすでに保存されていません。申請を取り下げてください。</translation>
    </message>
    <message>
        <source>This letter&apos;s case is not closed now; withdraw the request.</source>
        <translation>この書面の案件は現在完了していません。申請を取り下げてください。</translation>
    </message>
    <message>
        <source>This case is not closed now (reopened?); withdraw the request.</source>
        <translation>この案件は現在完了していません（再開されましたか？）。申請を取り下げてください。</translation>
    </message>
    <message>
        <source>Choose the disposals the certificate is for.</source>
        <translation>証明書の対象とする廃棄を選択してください。</translation>
    </message>
    <message>
        <source>Only disposals carried out can be certified; still awaiting approval: {numbers}.</source>
        <translation>証明書を作成できるのは実施済みの廃棄だけです。次の廃棄はまだ承認待ちです：{numbers}。</translation>
    </message>
    <message>
        <source>A period cannot end before it starts.</source>
        <translation>期間の終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>{month} という年月はありません。</translation>
    </message>
    <message>
        <source>There is no year {year}.</source>
        <translation>{year} という年はありません。</translation>
    </message>
    <message>
        <source>“{text}” is not a month like 2026-10.</source>
        <translation>「{text}」は 2026-10 のような年月ではありません。</translation>
    </message>
    <message>
        <source>“{name}” is neither an Excel workbook nor a CSV file; give a name ending in .xlsx or .csv.</source>
        <extracomment>What a cell may hold: a text as shown, a number, a day, or nothing. Excel&apos;s limits and rules for a sheet&apos;s name. Column widths, in Excel&apos;s character units (a CJK character counts two).</extracomment>
        <translation>「{name}」は Excel ブックでも CSV ファイルでもありません。末尾が .xlsx または .csv の名前を指定してください。</translation>
    </message>
    <message>
        <source>This database</source>
        <extracomment>The newest revision in the packaged ``migrations/versions`` (a test holds it to Alembic&apos;s own reading of the scripts): a database there needs no Alembic to open.</extracomment>
        <translation>このデータベース</translation>
    </message>
    <message>
        <source>{What} was written by a newer version of Privacy Desk (schema {schema}); install that version to open it. Nothing was changed.</source>
        <translation>{What}は新しいバージョンの Privacy Desk で書き込まれています（スキーマ {schema}）。開くには、そのバージョンをインストールしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot migrate the database: {detail}</source>
        <translation>データベースを移行できません：{detail}</translation>
    </message>
    <message>
        <source>The migration would leave {count} broken links between records; it was undone and nothing was changed.</source>
        <translation>移行するとレコード間のつながりが {count} 件壊れるため、移行を取り消しました。何も変更していません。</translation>
    </message>
    <message>
        <source>This database is not encrypted; set up the office first.</source>
        <translation>このデータベースは暗号化されていません。先に事務所の初期設定を行ってください。</translation>
    </message>
    <message>
        <source>The PDF could not be read; make it again.</source>
        <translation>PDF を読み込めませんでした。もう一度作成してください。</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is ready.</source>
        <translation>プリンターを開始できませんでした。プリンターの準備ができているか確認してください。</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos;</source>
        <extracomment>The translation context of the sentences errors carry (``resources/i18n``). Written out as ``&quot;Errors&quot;`` where a sentence is marked: lupdate reads only a literal there. How :class:`Phrases` quotes each phrase and joins them, in the context &quot;Errors&quot;.</extracomment>
        <translation>「{phrase}」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the server&apos;s database</source>
        <extracomment>How long a connection test waits for the server (libpq&apos;s ``connect_timeout``). The name the database at the address goes by in sentences.</extracomment>
        <translation>サーバーのデータベース</translation>
    </message>
    <message>
        <source>Only a PostgreSQL database can be named here, as postgresql://USER@HOST:PORT/DATABASE; leave it empty for this computer&apos;s database file.</source>
        <extracomment>As it may be kept (settings, audit trail): never with a password; &quot;&quot; for the file. The address as typed carried a password, which was taken out. As the program connects to it (TLS asked for); None for this computer&apos;s file.</extracomment>
        <translation>ここに指定できるのは PostgreSQL のデータベースだけです（postgresql://USER@HOST:PORT/DATABASE）。このパソコンのデータベースファイルを使うときは空欄にしてください。</translation>
    </message>
    <message>
        <source>Name the database at the end of the address: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>アドレスの最後にデータベース名を指定してください（postgresql://USER@HOST:PORT/DATABASE）。</translation>
    </message>
    <message>
        <source>Give the address of a database server to test.</source>
        <translation>テストするデータベースサーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The connection to the database server failed: {detail}</source>
        <translation>データベースサーバーへの接続に失敗しました：{detail}</translation>
    </message>
    <message>
        <source>Give the address of a PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>PostgreSQL データベースのアドレスを指定してください（postgresql://ユーザー@ホスト:ポート/データベース）。</translation>
    </message>
    <message>
        <source>This office&apos;s database is on a server already.</source>
        <translation>この事務所のデータベースは、すでにサーバー上にあります。</translation>
    </message>
    <message>
        <source>The server&apos;s database holds an older Privacy Desk schema ({schema}); give an empty database. Nothing was changed.</source>
        <translation>サーバーのデータベースには古い Privacy Desk のスキーマ（{schema}）があります。空のデータベースを指定してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The server&apos;s database holds the tables of another program; give an empty database. Nothing was changed.</source>
        <translation>サーバーのデータベースには別のプログラムのテーブルがあります。空のデータベースを指定してください。何も変更していません。</translation>
    </message>
    <message>
        <source>{What} already holds an office&apos;s records; the copy goes only into an empty one. Nothing was changed.</source>
        <extracomment>What a copy leaves where it is: a server&apos;s key slots belong to the server&apos;s office, not to its records (a backup carries them beside it; a restore keeps the server&apos;s). Told after each table: its name, the rows copied of it.</extracomment>
        <translation>{What}には、すでに事務所の記録があります。コピーできるのは空のデータベースだけです。何も変更していません。</translation>
    </message>
    <message>
        <source>The copy lost rows of {tables}; it was undone and nothing was changed.</source>
        <translation>コピーで {tables} の行が欠けました。コピーは取り消し、何も変更していません。</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not verify ({problems}); it was undone and nothing was changed.</source>
        <translation>コピーの監査記録の検証に失敗しました（{problems}）。コピーは取り消し、何も変更していません。</translation>
    </message>
    <message>
        <source>A record in the database cannot be decrypted with this office&apos;s key: it was changed on the server, or it belongs to another office.</source>
        <translation>データベースの記録をこの事務所の鍵で復号できません。サーバー上で変更されたか、別の事務所の記録です。</translation>
    </message>
    <message>
        <source>The office&apos;s records on the server are encrypted: log in to read them.</source>
        <translation>サーバー上の事務所の記録は暗号化されています。読むにはログインしてください。</translation>
    </message>
    <message>
        <source>(in the database)</source>
        <extracomment>The document as sentences name it (a key file&apos;s path elsewhere).</extracomment>
        <translation>（データベース内）</translation>
    </message>
</context>
<context>
    <name>ExtendTargetDialog</name>
    <message>
        <source>Extend Target Date</source>
        <translation>社内目標日の延長</translation>
    </message>
    <message>
        <source>Case %1: the internal target moves later. The legal two-week line does not move.</source>
        <translation>案件 %1 の社内目標日を延長します。法定2週間の期日は変わりません。</translation>
    </message>
    <message>
        <source>The new target is after the legal two-week line; from then on the requester may take the company to court (APPI Art. 39).</source>
        <translation>新しい目標日は法定2週間の期日より後です。その期日を過ぎると、請求者は訴えを提起できます（法第39条）。</translation>
    </message>
    <message>
        <source>Why the office needs more time (this stays in the case&apos;s history)</source>
        <translation>延長が必要な理由（案件の履歴に残ります）</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Current target:</source>
        <translation>現在の目標日：</translation>
    </message>
    <message>
        <source>Legal line:</source>
        <translation>法定2週間：</translation>
    </message>
    <message>
        <source>New target:</source>
        <translation>新しい目標日：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>The new target must be later than the current one (%1).</source>
        <translation>新しい目標日は現在の目標日（%1）より後にしてください。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>延長の理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Privacy Desk User Guide</source>
        <translation>Privacy Desk 操作ガイド</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Postmark date</source>
        <translation>消印日</translation>
    </message>
    <message>
        <source>Requester kind</source>
        <translation>請求者の区分</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>請求者の氏名</translation>
    </message>
    <message>
        <source>Requester&apos;s name in kana</source>
        <translation>請求者のフリガナ</translation>
    </message>
    <message>
        <source>Requester&apos;s date of birth</source>
        <translation>請求者の生年月日</translation>
    </message>
    <message>
        <source>Requester&apos;s postal code</source>
        <translation>請求者の郵便番号</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <translation>請求者の住所</translation>
    </message>
    <message>
        <source>Requester&apos;s phone</source>
        <translation>請求者の電話番号</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail</source>
        <translation>請求者のメールアドレス</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代理人の氏名</translation>
    </message>
    <message>
        <source>Agent&apos;s name in kana</source>
        <translation>代理人のフリガナ</translation>
    </message>
    <message>
        <source>Agent&apos;s postal code</source>
        <translation>代理人の郵便番号</translation>
    </message>
    <message>
        <source>Agent&apos;s address</source>
        <translation>代理人の住所</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代理人の電話番号</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail</source>
        <translation>代理人のメールアドレス</translation>
    </message>
    <message>
        <source>Agent&apos;s qualification</source>
        <translation>代理人の資格</translation>
    </message>
    <message>
        <source>Agent&apos;s registration number</source>
        <translation>代理人の登録番号</translation>
    </message>
    <message>
        <source>Disclosure method</source>
        <translation>開示の方法</translation>
    </message>
    <message>
        <source>Fee amount</source>
        <translation>手数料額</translation>
    </message>
    <message>
        <source>Fee payment</source>
        <translation>手数料の支払方法</translation>
    </message>
    <message>
        <source>Money order number</source>
        <translation>小為替番号</translation>
    </message>
    <message>
        <source>Money order issue date</source>
        <translation>小為替発行日</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>書面の言語</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>社内目標日</translation>
    </message>
    <message>
        <source>%1: data concerned</source>
        <translation>%1：対象の情報</translation>
    </message>
    <message>
        <source>%1: reasons</source>
        <translation>%1：請求の理由</translation>
    </message>
    <message>
        <source>kind of document</source>
        <translation>書類の種類</translation>
    </message>
    <message>
        <source>whose document</source>
        <translation>書類の名義</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>arrival date</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>areas confirmed blacked out</source>
        <translation>黒塗りを確認した箇所</translation>
    </message>
    <message>
        <source>shows an Individual Number</source>
        <translation>個人番号の記載あり</translation>
    </message>
    <message>
        <source>back of a My Number card</source>
        <translation>マイナンバーカード裏面</translation>
    </message>
    <message>
        <source>seal matches the certificate</source>
        <translation>印影が証明書と一致</translation>
    </message>
    <message>
        <source>name on the document</source>
        <translation>書類上の氏名</translation>
    </message>
    <message>
        <source>date of birth on the document</source>
        <translation>書類上の生年月日</translation>
    </message>
    <message>
        <source>address on the document</source>
        <translation>書類上の住所</translation>
    </message>
    <message>
        <source>agent&apos;s name on the document</source>
        <translation>書類上の代理人氏名</translation>
    </message>
    <message>
        <source>differences explained</source>
        <translation>相違の説明</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Request logged</source>
        <translation>請求を受付</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1を変更</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>ステータスを変更</translation>
    </message>
    <message>
        <source>Status changed, effective %1</source>
        <translation>ステータスを変更（%1付）</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>決定：%1</translation>
    </message>
    <message>
        <source>Enclosure received</source>
        <translation>同封書類を受領</translation>
    </message>
    <message>
        <source>Target date extended</source>
        <translation>社内目標日を延長</translation>
    </message>
    <message>
        <source>Provision records looked up: %1 found</source>
        <translation>第三者提供記録を照会：%1 件該当</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1、%2ページ</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1ページ</translation>
    </message>
    <message>
        <source>Document added: %1</source>
        <translation>書類を追加：%1</translation>
    </message>
    <message>
        <source>Thumbnails viewed: %1</source>
        <translation>縮小画像を表示：%1</translation>
    </message>
    <message>
        <source>Document viewed: %1</source>
        <translation>書類を表示：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Areas blacked out: %1</source>
        <translation>黒塗り：%1</translation>
    </message>
    <message>
        <source>Page turned: %1</source>
        <translation>ページを回転：%1</translation>
    </message>
    <message>
        <source>Page moved: %1</source>
        <translation>ページを移動：%1</translation>
    </message>
    <message>
        <source>Page removed: %1</source>
        <translation>ページを削除：%1</translation>
    </message>
    <message>
        <source>Document removed: %1</source>
        <translation>書類を削除：%1</translation>
    </message>
    <message>
        <source>Request form printed</source>
        <translation>請求書を印刷</translation>
    </message>
    <message>
        <source>Letter issued: %1</source>
        <translation>書面を発行：%1</translation>
    </message>
    <message>
        <source>Letter printed: %1</source>
        <translation>書面を印刷：%1</translation>
    </message>
    <message>
        <source>Letter saved as PDF: %1</source>
        <translation>書面をPDFで保存：%1</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>書面を発送：%1</translation>
    </message>
    <message>
        <source>Letter returned: %1</source>
        <translation>書面が返送：%1</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1（理由：%2）</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Ask for Missing Documents…</source>
        <extracomment>Something about the case changed here (documents, status): the page reloads.</extracomment>
        <translation>不足書類を請求…</translation>
    </message>
    <message>
        <source>Scan or Import…</source>
        <translation>スキャン・取り込み…</translation>
    </message>
    <message>
        <source>View Pages…</source>
        <translation>ページを表示…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Or drop scanned files here.</source>
        <translation>スキャンしたファイルをここにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Copies on file</source>
        <translation>保管中の写し</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>%1 (%2) · destroyed %3</source>
        <translation>%1（%2）・%3 廃棄</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1ページ</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · arrived %4</source>
        <translation>%1（%2）・%3・%4 到着</translation>
    </message>
    <message>
        <source>✓ Identity can be confirmed from these documents.</source>
        <translation>✓ これらの書類で本人確認ができます。</translation>
    </message>
    <message>
        <source>Identity is not yet confirmed.</source>
        <translation>本人確認はまだ完了していません。</translation>
    </message>
    <message>
        <source>Still missing (the requester must send):</source>
        <translation>不足（請求者に送付を求めるもの）：</translation>
    </message>
    <message>
        <source>To do here:</source>
        <translation>事務局での作業：</translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation>参考：</translation>
    </message>
    <message>
        <source>Ask for Missing Documents</source>
        <translation>不足書類を請求</translation>
    </message>
    <message>
        <source>The case waits for these (the clock stops until they arrive):

%1

The deficiency letter lists them.</source>
        <translation>次の書類の到着を待ちます（届くまで期限の計算は止まります）：

%1

不備のお知らせにこれらを記載します。</translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>書類を削除</translation>
    </message>
    <message>
        <source>Remove %1 with its pages? Only for a copy that must not be kept (scanned by mistake, the back of a My Number card). Why:</source>
        <translation>%1 をページごと削除しますか？ 保管してはならない写し（誤って読み取ったもの、マイナンバーカードの裏面など）に限ります。理由：</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Added %1 with %2 page(s).</source>
        <translation>%1（%2ページ）を追加しました。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Privacy Desk is locked.</source>
        <translation>Privacy Desk はロックされています。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>That password is wrong.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source>That password is wrong. Wait 1 second and try again.</source>
        <translation>パスワードが違います。1 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>That password is wrong. Wait %1 seconds and try again.</source>
        <translation>パスワードが違います。%1 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>もう一度お試しいただけます。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Earlier Records</source>
        <translation>過去の受付記録の取り込み</translation>
    </message>
    <message>
        <source>Bring in the office&apos;s records kept before Privacy Desk, from a CSV or Excel file whose first row names the columns (the layout is in forms/import/README.md). Nothing is imported until you press Import Cases; a row imported before is recognised and not imported again.</source>
        <translation>Privacy Desk の導入前に事務局で管理していた受付記録を、1行目に列の見出しがある CSV または Excel ファイルから取り込みます（形式は forms/import/README.md を参照）。取り込みのボタンを押すまでは何も取り込みません。以前に取り込んだ行は判別され、再び取り込まれることはありません。</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>ファイル未選択</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Save a template with the headings…</source>
        <translation>見出し入りのテンプレートを保存…</translation>
    </message>
    <message>
        <source>Import Cases</source>
        <translation>案件を取り込む</translation>
    </message>
    <message>
        <source>Save the Import Template</source>
        <translation>取り込み用テンプレートの保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation>テンプレートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>取り込むファイルを選択</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>CSV・Excel ファイル (*.csv *.tsv *.txt *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>To Be Created (%1)</source>
        <translation>作成する案件（%1）</translation>
    </message>
    <message>
        <source>Cannot Be Read (%1)</source>
        <translation>読み取れない行（%1）</translation>
    </message>
    <message>
        <source>Already imported: %1</source>
        <translation>取り込み済み：%1 行</translation>
    </message>
    <message>
        <source>Row %1: case %2</source>
        <translation>%1 行目：案件 %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1（%2）：%3。</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Columns not read (not in the layout): %1</source>
        <translation>読み取らない列（形式にない見出し）：%1</translation>
    </message>
    <message>
        <source>Import 1 Case</source>
        <translation>1 件の案件を取り込む</translation>
    </message>
    <message>
        <source>Import %1 Cases</source>
        <translation>%1 件の案件を取り込む</translation>
    </message>
    <message>
        <source>Importing 1 case…</source>
        <translation>1 件の案件を取り込んでいます…</translation>
    </message>
    <message>
        <source>Importing %1 cases…</source>
        <translation>%1 件の案件を取り込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was imported: every row had been imported already.</source>
        <translation>何も取り込みませんでした。すべての行が取り込み済みです。</translation>
    </message>
    <message>
        <source>Imported 1 case (%2).</source>
        <translation>1 件の案件を取り込みました（%2）。</translation>
    </message>
    <message>
        <source>Imported %1 cases, %2 to %3.</source>
        <translation>%1 件の案件を取り込みました（%2～%3）。</translation>
    </message>
    <message>
        <source>%1 rows had been imported meanwhile and were left out.</source>
        <translation>%1 行はその間に取り込まれていたため、除外しました。</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Request types</source>
        <translation>請求内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Old reference</source>
        <translation>旧受付番号</translation>
    </message>
    <message>
        <source>Why it cannot be read</source>
        <translation>読み取れない理由</translation>
    </message>
</context>
<context>
    <name>KeptItemsModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>保存期間</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <source>Add Document</source>
        <extracomment>Checklist findings that a written reason can settle (domain/identity.py).</extracomment>
        <translation>書類を追加</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>名義：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Notification of purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>Disclosure of third-party provision records</source>
        <translation>第三者提供記録の開示</translation>
    </message>
    <message>
        <source>Correction, addition or deletion</source>
        <translation>訂正・追加・削除</translation>
    </message>
    <message>
        <source>Suspension of use or erasure</source>
        <translation>利用停止・消去</translation>
    </message>
    <message>
        <source>Suspension of third-party provision</source>
        <translation>第三者提供の停止</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Provision records</source>
        <translation>提供記録</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正等</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>利用停止等</translation>
    </message>
    <message>
        <source>Stop provision</source>
        <translation>提供停止</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Statutory agent of a minor</source>
        <translation>未成年者の法定代理人</translation>
    </message>
    <message>
        <source>Statutory agent of an adult ward</source>
        <translation>成年被後見人の法定代理人</translation>
    </message>
    <message>
        <source>Appointed agent</source>
        <translation>任意代理人</translation>
    </message>
    <message>
        <source>Professional agent</source>
        <translation>専門職の代理人（弁護士等）</translation>
    </message>
    <message>
        <source>Paper copy by mail</source>
        <translation>書面の郵送</translation>
    </message>
    <message>
        <source>Electronic file on a disc or memory by mail</source>
        <translation>電子ファイル（ディスク・USBメモリ等）の郵送</translation>
    </message>
    <message>
        <source>Electronic file by e-mail</source>
        <translation>電子ファイルのメール送信</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>その他の方法</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>手数料なし</translation>
    </message>
    <message>
        <source>Fixed-amount postal money order</source>
        <translation>定額小為替</translation>
    </message>
    <message>
        <source>Postage stamps</source>
        <translation>郵便切手</translation>
    </message>
    <message>
        <source>Request form</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Copy of an identity document</source>
        <translation>本人確認書類の写し</translation>
    </message>
    <message>
        <source>Proof of agency</source>
        <translation>代理権を証明する書類</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Return envelope</source>
        <translation>返信用封筒</translation>
    </message>
    <message>
        <source>Other enclosure</source>
        <translation>その他の同封物</translation>
    </message>
    <message>
        <source>Done as asked</source>
        <translation>請求どおり対応</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>一部対応</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>対応しない（拒否）</translation>
    </message>
    <message>
        <source>No such data</source>
        <translation>該当なし（保有個人データなし）</translation>
    </message>
    <message>
        <source>Art. 33(2)(i): would harm the life, body, property or other rights of the principal or a third party</source>
        <translation>法第33条第2項第1号：本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある</translation>
    </message>
    <message>
        <source>Art. 33(2)(ii): would seriously interfere with the company&apos;s business</source>
        <translation>法第33条第2項第2号：当社の業務の適正な実施に著しい支障を及ぼすおそれがある</translation>
    </message>
    <message>
        <source>Art. 33(2)(iii): would violate another law</source>
        <translation>法第33条第2項第3号：他の法令に違反することとなる</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <source>My Number card (front)</source>
        <translation>マイナンバーカード（表面）</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Special permanent resident certificate</source>
        <translation>特別永住者証明書</translation>
    </message>
    <message>
        <source>Health insurance card or eligibility certificate</source>
        <translation>健康保険証または資格確認書</translation>
    </message>
    <message>
        <source>Certificate of residence</source>
        <translation>住民票の写し</translation>
    </message>
    <message>
        <source>Family register or abstract</source>
        <translation>戸籍謄本・抄本</translation>
    </message>
    <message>
        <source>Certificate of registered matters</source>
        <translation>登記事項証明書</translation>
    </message>
    <message>
        <source>Ruling of commencement of guardianship</source>
        <translation>後見開始の審判書</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>委任状</translation>
    </message>
    <message>
        <source>Seal registration certificate</source>
        <translation>印鑑登録証明書</translation>
    </message>
    <message>
        <source>Proof of professional qualification</source>
        <translation>資格を証明する書類</translation>
    </message>
    <message>
        <source>Certificate of alien registration</source>
        <translation>外国人登録証明書</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>その他の書類</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Insurer number</source>
        <translation>保険者番号</translation>
    </message>
    <message>
        <source>Insured person&apos;s symbol and number</source>
        <translation>被保険者等記号・番号</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QRコード</translation>
    </message>
    <message>
        <source>Individual Number (My Number)</source>
        <translation>個人番号（マイナンバー）</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>受付のお知らせ</translation>
    </message>
    <message>
        <source>Request for missing documents</source>
        <translation>不足書類のお願い</translation>
    </message>
    <message>
        <source>Notice of the purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
    <message>
        <source>Disclosure reply</source>
        <translation>開示のご回答</translation>
    </message>
    <message>
        <source>Non-disclosure or partial disclosure</source>
        <translation>不開示・一部不開示のお知らせ</translation>
    </message>
    <message>
        <source>Suspension of use, erasure or of third-party provision</source>
        <translation>利用停止・消去・第三者提供停止のお知らせ</translation>
    </message>
    <message>
        <source>Disclosure method difficult</source>
        <translation>開示方法についてのお知らせ</translation>
    </message>
    <message>
        <source>Fee shortfall or refund</source>
        <translation>手数料の不足・返還のお知らせ</translation>
    </message>
    <message>
        <source>Ordinary mail</source>
        <translation>普通郵便</translation>
    </message>
    <message>
        <source>Registered mail</source>
        <translation>書留</translation>
    </message>
    <message>
        <source>Restricted delivery to the addressee</source>
        <translation>本人限定受取郵便</translation>
    </message>
    <message>
        <source>Simple registered mail</source>
        <translation>簡易書留</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>案件記録</translation>
    </message>
    <message>
        <source>ID copy</source>
        <translation>本人確認書類等の写し</translation>
    </message>
    <message>
        <source>Letter PDF</source>
        <translation>発行書面（PDF）</translation>
    </message>
    <message>
        <source>until the purpose of use is achieved</source>
        <translation>利用目的の達成まで</translation>
    </message>
    <message>
        <source>the reply (or the closing if there is none)</source>
        <translation>回答の日（回答がない場合は案件完結の日）</translation>
    </message>
    <message>
        <source>the closing</source>
        <translation>案件完結の日</translation>
    </message>
    <message>
        <source>Ledger batch</source>
        <translation>台帳の保管単位</translation>
    </message>
    <message>
        <source>Shredding</source>
        <translation>裁断（シュレッダー）</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>データ消去</translation>
    </message>
    <message>
        <source>Disposal contractor</source>
        <translation>廃棄業者への委託</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>電子データ</translation>
    </message>
    <message>
        <source>Paper and electronic</source>
        <translation>紙・電子データ</translation>
    </message>
    <message>
        <source>Provided to a third party (Art. 29)</source>
        <translation>第三者への提供（法第29条）</translation>
    </message>
    <message>
        <source>Received from a third party (Art. 30)</source>
        <translation>第三者からの受領（法第30条）</translation>
    </message>
    <message>
        <source>The person&apos;s prior consent</source>
        <translation>本人の事前の同意</translation>
    </message>
    <message>
        <source>Required by laws and regulations</source>
        <translation>法令に基づく場合</translation>
    </message>
    <message>
        <source>Protection of life, body or property</source>
        <translation>人の生命・身体・財産の保護</translation>
    </message>
    <message>
        <source>Public health or healthy child development</source>
        <translation>公衆衛生の向上・児童の健全な育成</translation>
    </message>
    <message>
        <source>Cooperation with a government body</source>
        <translation>国の機関等への協力</translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation>その他（備考を参照）</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>A complaint is to be handled promptly (APPI Art. 40): one open longer than this is late.</extracomment>
        <translation>苦情</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>相談・問合せ</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>郵便</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来訪</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>LedgerEntriesModel</name>
    <message>
        <source>No.</source>
        <extracomment>Reviews on or before this day are due. The policy&apos;s purposes by code, for the tooltip of the purposes column.</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Special
care</source>
        <translation>要配慮
個人情報</translation>
    </message>
    <message>
        <source>Third parties /
joint use</source>
        <translation>第三者提供・
共同利用</translation>
    </message>
    <message>
        <source>Next
review</source>
        <translation>次回
見直し</translation>
    </message>
    <message>
        <source>Open
batches</source>
        <translation>未廃棄の
保管単位</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Retired on %1; no more reviews.</source>
        <translation>%1 に廃止。以後の見直しは不要です。</translation>
    </message>
    <message>
        <source>The yearly review is due.</source>
        <translation>年次見直しの時期です。</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>Add Ledger Entry</source>
        <translation>台帳項目を追加</translation>
    </message>
    <message>
        <source>Ledger Entry No. %1</source>
        <translation>台帳項目 No.%1</translation>
    </message>
    <message>
        <source>e.g. Seminar attendance lists</source>
        <translation>例：セミナー参加者名簿</translation>
    </message>
    <message>
        <source>e.g. Name, company, department, e-mail address, phone number</source>
        <translation>例：氏名、会社名、部署、メールアドレス、電話番号</translation>
    </message>
    <message>
        <source>Includes special-care-required personal information</source>
        <translation>要配慮個人情報を含む</translation>
    </message>
    <message>
        <source>Which, e.g. medical history</source>
        <translation>該当する情報（例：病歴）</translation>
    </message>
    <message>
        <source>e.g. Application form at the reception</source>
        <translation>例：受付での申込書</translation>
    </message>
    <message>
        <source>e.g. Locked cabinet 3, General Affairs; file server, folder Seminars</source>
        <translation>例：総務部の施錠キャビネット3、ファイルサーバーの「セミナー」フォルダー</translation>
    </message>
    <message>
        <source>e.g. Sales Promotion Department</source>
        <translation>例：販売促進部</translation>
    </message>
    <message>
        <source>e.g. Staff of the Sales Promotion Department</source>
        <translation>例：販売促進部の従業者</translation>
    </message>
    <message>
        <source>e.g. Until the seminar&apos;s follow-up ends</source>
        <translation>例：セミナー後のフォローアップが終わるまで</translation>
    </message>
    <message>
        <source>after</source>
        <translation>起算点：</translation>
    </message>
    <message>
        <source>the event, e.g. the end of the contract</source>
        <translation>起算となる出来事（例：契約の終了）</translation>
    </message>
    <message>
        <source>Provided to third parties</source>
        <translation>第三者に提供する</translation>
    </message>
    <message>
        <source>Jointly used</source>
        <translation>共同利用する</translation>
    </message>
    <message>
        <source>Who receives it or uses it jointly</source>
        <translation>提供先または共同利用者</translation>
    </message>
    <message>
        <source>The personal information</source>
        <translation>個人情報の内容</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>個人情報の項目：</translation>
    </message>
    <message>
        <source>Every item the set holds about a person.</source>
        <translation>本人ごとに保有するすべての項目。</translation>
    </message>
    <message>
        <source>Purposes of use:</source>
        <translation>利用目的：</translation>
    </message>
    <message>
        <source>The purposes of the privacy policy §5 it is used for; at least one.</source>
        <translation>プライバシーポリシーの第5項の利用目的のうち該当するもの（1つ以上）。</translation>
    </message>
    <message>
        <source>Special care:</source>
        <translation>要配慮個人情報：</translation>
    </message>
    <message>
        <source>Race, creed, social status, medical history, criminal record and the like (APPI Art. 2(3)); they need the person&apos;s consent to be acquired.</source>
        <translation>人種、信条、社会的身分、病歴、犯罪の経歴など（法第2条第3項）。取得には本人の同意が必要です。</translation>
    </message>
    <message>
        <source>How acquired:</source>
        <translation>取得方法：</translation>
    </message>
    <message>
        <source>Keeping</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>Storage place:</source>
        <translation>保管場所：</translation>
    </message>
    <message>
        <source>Where the paper is kept or the files are stored.</source>
        <translation>書類の保管場所、またはファイルの保存先。</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>媒体：</translation>
    </message>
    <message>
        <source>Department responsible:</source>
        <translation>管理部署：</translation>
    </message>
    <message>
        <source>Who may access:</source>
        <translation>アクセス権限者：</translation>
    </message>
    <message>
        <source>Period of use:</source>
        <translation>利用期間：</translation>
    </message>
    <message>
        <source>How long the data is used for its purposes.</source>
        <translation>利用目的のために個人情報を利用する期間。</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保存期間：</translation>
    </message>
    <message>
        <source>Each batch of the set records the day of the named event and comes due for disposal when the period has run; one kept until its purpose is achieved comes due when that is recorded (in the Retention and Disposal window).</source>
        <translation>保管単位ごとに起算となる出来事の日付を記録し、保存期間が過ぎると廃棄期限を迎えます。利用目的の達成まで保存するものは、達成を記録した時点で廃棄期限を迎えます（「保存期間と廃棄」画面で記録）。</translation>
    </message>
    <message>
        <source>Disposal method:</source>
        <translation>廃棄方法：</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Provision:</source>
        <translation>提供・共同利用：</translation>
    </message>
    <message>
        <source>Name the recipients or joint users; provisions are recorded against this entry.</source>
        <translation>提供先・共同利用者を入力してください。提供の記録はこの項目に対して作成します。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>First review on:</source>
        <translation>初回見直し日：</translation>
    </message>
    <message>
        <source>The ledger is reviewed at least once a year.</source>
        <translation>台帳は少なくとも年1回見直します。</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Name the event the retention period is counted from, e.g. “the end of the contract”.</source>
        <translation>保存期間の起算となる出来事を入力してください（例：「契約の終了」）。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>LedgerModels</name>
    <message>
        <source>1 month after %1</source>
        <extracomment>A review that is due: the colour of ERROR_STYLE (ui.style).</extracomment>
        <translation>%1から1か月</translation>
    </message>
    <message>
        <source>1 year after %1</source>
        <translation>%1から1年</translation>
    </message>
    <message>
        <source>%1 %2 after %3</source>
        <translation>%3から%1%2</translation>
    </message>
    <message>
        <source>Third parties and joint use</source>
        <translation>第三者提供・共同利用</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Joint use</source>
        <translation>共同利用</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Personal Information Ledger</source>
        <extracomment>Emitted after anything here changed the data (an entry, a review, a batch…).</extracomment>
        <translation>個人情報管理台帳</translation>
    </message>
    <message>
        <source>Show retired entries</source>
        <translation>廃止した項目も表示</translation>
    </message>
    <message>
        <source>Every set of personal information the company holds (JIS Q 15001), reviewed at least once a year.</source>
        <translation>当社が保有するすべての個人情報の台帳です（JIS Q 15001）。少なくとも年1回見直します。</translation>
    </message>
    <message>
        <source>Add Entry…</source>
        <translation>項目を追加…</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>項目を編集…</translation>
    </message>
    <message>
        <source>Record Review…</source>
        <translation>見直しを記録…</translation>
    </message>
    <message>
        <source>Retire Entry…</source>
        <translation>項目を廃止…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the entries listed, as shown, as an Excel workbook or a CSV file</source>
        <translation>一覧の項目を表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Add Batch…</source>
        <translation>保管単位を追加…</translation>
    </message>
    <message>
        <source>Set Event Date…</source>
        <translation>起算日を設定…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>見直し履歴</translation>
    </message>
    <message>
        <source>Purpose achieved and disposal are recorded in the Retention and Disposal window.</source>
        <translation>利用目的の達成と廃棄は「保存期間と廃棄」画面で記録します。</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>保管単位</translation>
    </message>
    <message>
        <source>Only managers change the ledger; you can read it.</source>
        <translation>台帳を変更できるのは管理責任者だけです。閲覧はできます。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>1 entry is due for its yearly review.</source>
        <translation>1 件の項目が年次見直しの時期です。</translation>
    </message>
    <message>
        <source>%1 entries are due for their yearly review.</source>
        <translation>%1 件の項目が年次見直しの時期です。</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>見直し履歴（%1）</translation>
    </message>
    <message>
        <source>Batches (%1)</source>
        <translation>保管単位（%1）</translation>
    </message>
    <message>
        <source>No. %1 “%2” was added to the ledger.</source>
        <translation>No.%1「%2」を台帳に追加しました。</translation>
    </message>
    <message>
        <source>The entry “%1” was saved.</source>
        <translation>項目「%1」を保存しました。</translation>
    </message>
    <message>
        <source>The review of “%1” was recorded; the next falls due on %2.</source>
        <translation>「%1」の見直しを記録しました。次回の見直し期限は %2 です。</translation>
    </message>
    <message>
        <source>“%1” was retired; it stays in the ledger as a record.</source>
        <translation>「%1」を廃止しました。記録として台帳に残ります。</translation>
    </message>
    <message>
        <source>The batch “%1” was added.</source>
        <translation>保管単位「%1」を追加しました。</translation>
    </message>
    <message>
        <source>The batch “%1” was added; it falls due on %2.</source>
        <translation>保管単位「%1」を追加しました。廃棄期限は %2 です。</translation>
    </message>
    <message>
        <source>The event date of “%1” was set.</source>
        <translation>「%1」の起算日を設定しました。</translation>
    </message>
    <message>
        <source>The event date of “%1” was set; it falls due on %2.</source>
        <translation>「%1」の起算日を設定しました。廃棄期限は %2 です。</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Main text:</source>
        <extracomment>Editable parts of a letter: (name, default text) for the letter&apos;s facts.</extracomment>
        <translation>本文：</translation>
    </message>
    <message>
        <source>Closing paragraph:</source>
        <translation>結びの段落：</translation>
    </message>
    <message>
        <source>What is still pending:</source>
        <translation>未対応の事項：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>How to pay:</source>
        <translation>お支払い方法：</translation>
    </message>
    <message>
        <source>How the refund is made:</source>
        <translation>返還の方法：</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>New Letter — %1</source>
        <translation>新しい書面 — %1</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1（推奨）</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>The wording below may be changed for this letter only.</source>
        <translation>以下の文面は、この書面に限り変更できます。</translation>
    </message>
    <message>
        <source>Issue and Print…</source>
        <translation>発行して印刷…</translation>
    </message>
    <message>
        <source>Issue and Save PDF…</source>
        <translation>発行してPDFを保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>書面：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Letter %1 was issued and recorded on the case.</source>
        <translation>書面 %1 を発行し、案件に記録しました。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書面</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>By</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返送</translation>
    </message>
    <message>
        <source>New Letter…</source>
        <translation>新しい書面…</translation>
    </message>
    <message>
        <source>Print Again…</source>
        <translation>再印刷…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDFを保存…</translation>
    </message>
    <message>
        <source>Record Sending…</source>
        <translation>発送を記録…</translation>
    </message>
    <message>
        <source>Record Return…</source>
        <translation>返送を記録…</translation>
    </message>
    <message>
        <source>Print Request Form…</source>
        <translation>請求書を印刷…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>New Letter</source>
        <translation>新しい書面</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>返送を記録</translation>
    </message>
    <message>
        <source>Letter %1 came back. Why (as the post office marked it)?</source>
        <translation>書面 %1 が返送されました。理由（郵便局の表示のとおり）：</translation>
    </message>
    <message>
        <source>Request form %1</source>
        <translation>請求書 %1</translation>
    </message>
    <message>
        <source>Request Form</source>
        <translation>請求書</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Privacy Desk — Locked</source>
        <extracomment>What counts as someone at the keyboard.</extracomment>
        <translation>Privacy Desk — ロック中</translation>
    </message>
    <message>
        <source>Privacy Desk is locked</source>
        <translation>Privacy Desk はロックされています</translation>
    </message>
    <message>
        <source>Locked — enter the password of %1 to continue.</source>
        <translation>ロック中です — 続けるには %1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>ログアウト</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <source>Log a Mailed Request</source>
        <translation>郵送による請求の受付</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and Log Next</source>
        <translation>保存して次へ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Ctrl+S saves; Ctrl+Shift+S saves and clears the form for the next envelope.</source>
        <translation>Ctrl+S で保存、Ctrl+Shift+S で保存して次の封書の入力に進みます。</translation>
    </message>
    <message>
        <source>Request logged</source>
        <translation>受付完了</translation>
    </message>
    <message>
        <source>The request was logged as %1.</source>
        <translation>案件番号 %1 で受け付けました。</translation>
    </message>
    <message>
        <source>Logged as %1. The form is ready for the next envelope.</source>
        <translation>%1 で受け付けました。次の封書を入力できます。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>保存していません。赤で示した項目を修正してください。</translation>
    </message>
    <message>
        <source>Nothing was saved: it may be a duplicate.</source>
        <translation>保存していません。重複の可能性があります。</translation>
    </message>
    <message>
        <source>The request was not saved</source>
        <translation>請求を保存できませんでした</translation>
    </message>
    <message>
        <source>%1 – received %2 – %3 – %4</source>
        <translation>%1 – 受付日 %2 – %3 – %4</translation>
    </message>
    <message>
        <source>This may be the same request again. Open cases with the same name and date of birth, or the same address:</source>
        <translation>同じ請求が重複している可能性があります。氏名と生年月日、または住所が一致する未完了の案件：</translation>
    </message>
    <message>
        <source>Log this letter as a new case anyway?</source>
        <translation>それでもこの書面を新しい案件として受け付けますか？</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>Discard this request?</source>
        <translation>入力内容の破棄</translation>
    </message>
    <message>
        <source>What you typed for this envelope has not been saved. Discard it?</source>
        <translation>この封書について入力した内容は保存されていません。破棄しますか？</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In — Privacy Desk</source>
        <extracomment>True when the dialog was left through the recovery page (a new password set). The import of the database layer started once the window is on screen.</extracomment>
        <translation>ログイン — Privacy Desk</translation>
    </message>
    <message>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <source>The privacy office&apos;s request desk</source>
        <translation>個人情報保護窓口の請求受付</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データフォルダー：%1</translation>
    </message>
    <message>
        <source>for example m.tanaka</source>
        <translation>例：m.tanaka</translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery key…</source>
        <translation>パスワードを忘れた場合は回復キーを使う…</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>When every administrator&apos;s password is lost: type the recovery key from the sheet printed at the set-up, the user name of an administrator, and a new password for that administrator.</source>
        <translation>管理者全員のパスワードが分からなくなった場合は、設定時に印刷した用紙の回復キー、管理者のユーザー名、その管理者の新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>At least %1 characters, not the user name.</source>
        <translation>%1 文字以上で、ユーザー名とは別のもの。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Set New Password and Log In</source>
        <translation>新しいパスワードを設定してログイン</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>回復キー：</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>管理者：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>新しいパスワード（確認）：</translation>
    </message>
    <message>
        <source>The database is damaged or on another computer? Restore a backup…</source>
        <translation>データベースが壊れた、または別のパソコンに移す場合：バックアップから復元…</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait 1 second and try again.</source>
        <translation>失敗が続いたため、1 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait %1 seconds and try again.</source>
        <translation>失敗が続いたため、%1 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>An administrator can restore a backup with the recovery key.</source>
        <translation>管理者は回復キーでバックアップを復元できます。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>もう一度お試しいただけます。</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet.</source>
        <translation>印刷した用紙の回復キーを入力してください。</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>新しいパスワードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Log in with your usual password.</source>
        <translation>いつものパスワードでログインしてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Privacy Desk</source>
        <extracomment>The user asked to log out (or must log in again after a restore).</extracomment>
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
        <translation>バックアップを作成(&amp;B)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>&amp;Log Mailed Request…</source>
        <translation>郵送請求の受付(&amp;L)…</translation>
    </message>
    <message>
        <source>Export Cases as &amp;JSON…</source>
        <translation>JSON形式でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Export Cases as &amp;CSV…</source>
        <translation>CSV形式でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;heck Database</source>
        <translation>データベースをチェック(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件一覧(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Close Case &amp;Tab</source>
        <translation>案件タブを閉じる(&amp;T)</translation>
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
        <source>&amp;Import Earlier Records…</source>
        <translation>過去の受付記録の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Print &amp;Blank Request Form…</source>
        <translation>空欄の請求書を印刷(&amp;B)…</translation>
    </message>
    <message>
        <source>Print Today&apos;s &amp;Acknowledgements…</source>
        <translation>本日分の受付のお知らせを印刷(&amp;A)…</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>自分のパスワードを変更(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ユーザー(&amp;U)…</translation>
    </message>
    <message>
        <source>Office and &amp;Settings…</source>
        <translation>事業者情報と設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Personal Information &amp;Ledger…</source>
        <translation>個人情報管理台帳(&amp;L)…</translation>
    </message>
    <message>
        <source>Third-Party &amp;Provision Records…</source>
        <translation>第三者提供記録(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Retention and Disposal…</source>
        <translation>保存期間と廃棄(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Complaints and Inquiries…</source>
        <translation>苦情・相談(&amp;C)…</translation>
    </message>
    <message>
        <source>Repor&amp;ts and Audit Pack…</source>
        <translation>報告書と監査資料一式(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>ログアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide…</source>
        <translation>操作ガイド(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;About Privacy Desk</source>
        <translation>Privacy Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>Log Request</source>
        <translation>請求を受付</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>案件を閉じる</translation>
    </message>
    <message>
        <source>Case %1 has unsaved changes. Close it and lose them?</source>
        <translation>案件 %1 に保存していない変更があります。変更を破棄して閉じますか？</translation>
    </message>
    <message>
        <source>The deadlines of cases awaiting documents could not be brought up to today: %1</source>
        <translation>書類待ちの案件の期限を今日の日付に更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>自分のパスワードを変更</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>Request form</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Request Form</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>受付のお知らせ</translation>
    </message>
    <message>
        <source>Every case that arrived today has its acknowledgement.</source>
        <translation>本日到着した案件はすべて受付のお知らせを発行済みです。</translation>
    </message>
    <message>
        <source>Issue and print acknowledgements for %1 cases that arrived today?</source>
        <translation>本日到着した %1 件の受付のお知らせを発行して印刷しますか？</translation>
    </message>
    <message>
        <source>Printing acknowledgements…</source>
        <translation>受付のお知らせを印刷しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Case %1…</source>
        <translation>案件 %1…</translation>
    </message>
    <message>
        <source>Acknowledgements printed: %1.</source>
        <translation>受付のお知らせを %1 件印刷しました。</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there: is the USB drive plugged in?</source>
        <translation>バックアップ先のフォルダー %1 が見つかりません。USB メモリーが差し込まれているか確認してください。</translation>
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
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Save or close the cases with unsaved changes first: %1.</source>
        <translation>未保存の変更がある案件を先に保存するか閉じてください：%1。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>復元しました</translation>
    </message>
    <message>
        <source>Log in again to go on.</source>
        <translation>続けるには、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Cases with unsaved changes: %1. Log out and lose them?</source>
        <translation>未保存の変更がある案件：%1。変更を破棄してログアウトしますか？</translation>
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
        <source>Please wait for the current task to finish.</source>
        <translation>実行中の処理が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Cases with unsaved changes: %1. Quit and lose them?</source>
        <translation>保存していない変更がある案件：%1
変更を破棄して終了しますか？</translation>
    </message>
    <message>
        <source>A task is still running. Quit anyway? Nothing half-written will be kept.</source>
        <translation>処理を実行中です。このまま終了しますか？書き込み途中の内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>MoneyOrderModel</name>
    <message>
        <source>Reference</source>
        <extracomment>Rows a section looks at to fit its columns to their texts (Qt&apos;s default is 1,000).</extracomment>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Money order no.</source>
        <translation>小為替番号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least %1 characters, not the user name.</source>
        <translation>%1 文字以上で、ユーザー名とは別のもの。</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>2つのパスワードが一致しません。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office and Settings</source>
        <translation>事業者情報と設定</translation>
    </message>
    <message>
        <source>Letters and request forms carry these details.</source>
        <translation>書面と請求書にはこの情報が記載されます。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>How long each kind of file is kept, and what happens at the end: the retention rules, which managers keep.</source>
        <translation>ファイルの種類ごとの保存期間と、期間が終わったときの扱い（保存規則。管理者が管理します）。</translation>
    </message>
    <message>
        <source>Retention Rules…</source>
        <translation>保存規則…</translation>
    </message>
    <message>
        <source>the database file on this computer</source>
        <translation>このパソコンのデータベースファイル</translation>
    </message>
    <message>
        <source>In use until the next start: %1</source>
        <translation>次回の起動まで使用中：%1</translation>
    </message>
    <message>
        <source>Deadlines and requests</source>
        <translation>期限と請求</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>セキュリティとバックアップ</translation>
    </message>
    <message>
        <source>Database and other desks</source>
        <translation>データベースと他の端末</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Reply target (business days):</source>
        <translation>回答の目標（営業日）：</translation>
    </message>
    <message>
        <source>Office closures:</source>
        <translation>休業期間：</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>自動バックアップの保存数：</translation>
    </message>
    <message>
        <source>Waiting for documents is long after (days):</source>
        <translation>書類待ちが長いとみなす日数：</translation>
    </message>
    <message>
        <source>Lock the screen after (minutes, 0 never):</source>
        <translation>画面ロックまでの時間（分、0は無効）：</translation>
    </message>
    <message>
        <source>Certificates issued within (months):</source>
        <translation>証明書の有効期間（発行後の月数）：</translation>
    </message>
    <message>
        <source>Fee per request (yen):</source>
        <translation>1件あたりの手数料（円）：</translation>
    </message>
    <message>
        <source>Scans come from:</source>
        <translation>スキャンの取り込み元：</translation>
    </message>
    <message>
        <source>Scanner folder:</source>
        <translation>スキャナーフォルダー：</translation>
    </message>
    <message>
        <source>Scanner (empty: the first found):</source>
        <translation>スキャナー（空欄：最初に見つかったもの）：</translation>
    </message>
    <message>
        <source>Scan resolution (dpi):</source>
        <translation>スキャン解像度（dpi）：</translation>
    </message>
    <message>
        <source>Scan in:</source>
        <translation>読み取りの色：</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>プリンター：</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>部数：</translation>
    </message>
    <message>
        <source>Sides of the paper:</source>
        <translation>印刷面：</translation>
    </message>
    <message>
        <source>Backup copies go to:</source>
        <translation>バックアップの保存先：</translation>
    </message>
    <message>
        <source>Remind after (days without a copy, 0 never):</source>
        <translation>通知までの日数（0：通知しない）：</translation>
    </message>
    <message>
        <source>Language of the screens:</source>
        <translation>画面の言語：</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>データベースのアドレス：</translation>
    </message>
    <message>
        <source>Look for changes every (seconds, 0 never):</source>
        <translation>変更の確認間隔（秒、0 で確認しない）：</translation>
    </message>
    <message>
        <source>The internal reply target, in business days after arrival; the legal line stays 14 days.</source>
        <translation>到着からの社内回答目標（営業日）。法定の期限は 14 日のままです。</translation>
    </message>
    <message>
        <source>One closure a line: 12-29..01-03 every year, or 2027-05-06 once; weekends and public holidays are known.</source>
        <translation>1 行に 1 件: 毎年なら 12-29..01-03、1 回だけなら 2027-05-06。土日・祝日は自動で考慮されます。</translation>
    </message>
    <message>
        <source>Today lists the cases that have waited longer than this for documents.</source>
        <translation>書類をこの日数より長く待っている案件を「今日」に表示します。</translation>
    </message>
    <message>
        <source>Certificates sent with a request must be this recent when they arrive.</source>
        <translation>請求に同封される証明書は、到着時点でこの期間内に発行されたものが必要です。</translation>
    </message>
    <message>
        <source>The fee for a disclosure or a notice of purpose; fee letters compare with it.</source>
        <translation>開示・利用目的の通知の手数料。手数料に関する書面はこの金額と比べます。</translation>
    </message>
    <message>
        <source>The scanner folder of the multifunction printer, or a scanner on this computer.</source>
        <translation>複合機のスキャン保存フォルダー、またはこのパソコンにつないだスキャナー。</translation>
    </message>
    <message>
        <source>Where the printer saves scans; imported files are removed from it.</source>
        <translation>複合機がスキャンを保存するフォルダー。取り込んだファイルはここから削除されます。</translation>
    </message>
    <message>
        <source>Only for a scanner on this computer.</source>
        <translation>このパソコンにつないだスキャナーの場合のみ使います。</translation>
    </message>
    <message>
        <source>300 keeps the small print of identity documents legible.</source>
        <translation>300 にすると本人確認書類の小さな文字も読めます。</translation>
    </message>
    <message>
        <source>How the scan window starts; it can be changed per scan.</source>
        <translation>スキャン画面を開いたときの設定です。読み取りごとに変更できます。</translation>
    </message>
    <message>
        <source>The printer the print window chooses first.</source>
        <translation>印刷画面で最初に選ばれるプリンターです。</translation>
    </message>
    <message>
        <source>How many copies the print window proposes; it can be changed per print.</source>
        <translation>印刷画面が最初に示す部数です。印刷のたびに変更できます。</translation>
    </message>
    <message>
        <source>Letters are usually printed on one side; the print window can change it.</source>
        <translation>書面は通常片面で印刷します。印刷画面で変更できます。</translation>
    </message>
    <message>
        <source>Personal data leaves the screen when no one is at the desk.</source>
        <translation>席を離れている間、個人データが画面に表示されたままになりません。</translation>
    </message>
    <message>
        <source>A USB drive or a network share, off this computer: File ▸ Back Up… saves there.</source>
        <translation>このパソコン以外の場所（USB メモリーや共有フォルダー）。ファイル ▸ バックアップを作成… の保存先になります。</translation>
    </message>
    <message>
        <source>A reminder once a day when no copy has been saved off this computer for so long.</source>
        <translation>この日数のあいだパソコンの外にコピーが保存されていないと、1 日 1 回お知らせします。</translation>
    </message>
    <message>
        <source>Daily copies on this computer, and those made before an update.</source>
        <translation>このパソコン内に毎日作られるコピーと、更新前に作られるコピーの数です。</translation>
    </message>
    <message>
        <source>Taken at the next start. Letters have their own language, per case.</source>
        <translation>次回の起動から反映されます。書面の言語は案件ごとに決まります。</translation>
    </message>
    <message>
        <source>Empty: the file on this computer. A shared server: postgresql://USER@HOST/DATABASE. Taken at the next start.</source>
        <translation>空欄：このパソコンのファイル。共有サーバー：postgresql://USER@HOST/DATABASE。次回の起動から使われます。</translation>
    </message>
    <message>
        <source>The case list and Today show what other desks saved; View ▸ Refresh does it at once.</source>
        <translation>案件一覧と「今日」に他の端末の保存内容を反映します。すぐに反映するには［表示］▸［最新の情報に更新］。</translation>
    </message>
    <message>
        <source>The multifunction printer&apos;s scanner folder</source>
        <translation>複合機のスキャナーフォルダー</translation>
    </message>
    <message>
        <source>A scanner attached to this computer (Linux, SANE)</source>
        <translation>このパソコンに接続したスキャナー（Linux、SANE）</translation>
    </message>
    <message>
        <source>A scanner attached to this computer (Windows, WIA)</source>
        <translation>このパソコンに接続したスキャナー（Windows、WIA）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>As the printer is set up</source>
        <translation>プリンターの設定どおり</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>片面</translation>
    </message>
    <message>
        <source>Both sides (long edge)</source>
        <translation>両面（長辺とじ）</translation>
    </message>
    <message>
        <source>As the system (Japanese on a Japanese system)</source>
        <translation>システムに合わせる（日本語のシステムでは日本語）</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>システムの既定のプリンター</translation>
    </message>
    <message>
        <source>%1 (not found on this computer)</source>
        <translation>%1（このパソコンには見つかりません）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Scanner Folder</source>
        <translation>スキャナーフォルダー</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Correct the office details marked in red first.</source>
        <translation>先に赤で示した事業者情報を直してください。</translation>
    </message>
    <message>
        <source>the database at %1</source>
        <translation>%1 のデータベース</translation>
    </message>
    <message>
        <source>Database Address</source>
        <translation>データベースのアドレス</translation>
    </message>
    <message>
        <source>From the next start, Privacy Desk will use %1; until then it goes on with the database it has open. No records are moved: to move this office onto a server, run “privacy-desk migrate-to ADDRESS” on this computer instead.

Change the database address?</source>
        <translation>次回の起動から、Privacy Desk は %1 を使います。それまでは今開いているデータベースを使い続けます。記録は移動しません。この事務所をサーバーに移すには、代わりにこのパソコンで「privacy-desk migrate-to ADDRESS」を実行してください。

データベースのアドレスを変更しますか？</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>The person who signs the letters</source>
        <translation>書面に署名する人</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>会社名：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <source>Privacy office:</source>
        <translation>個人情報保護窓口：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>郵便番号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号：</translation>
    </message>
    <message>
        <source>Signatory&apos;s name:</source>
        <translation>署名者の氏名：</translation>
    </message>
    <message>
        <source>Signatory&apos;s title:</source>
        <translation>署名者の役職：</translation>
    </message>
    <message>
        <source>Enter the company name as letters show it.</source>
        <translation>書面に記載する会社名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the office&apos;s address.</source>
        <translation>住所を入力してください。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, like 617-0002.</source>
        <translation>郵便番号は 617-0002 のように7桁で入力してください。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Welcome to Privacy Desk</source>
        <translation>Privacy Desk へようこそ</translation>
    </message>
    <message>
        <source>Three short steps: the office as letters present it, the first administrator, and the recovery key. The details below come from section 10 of the privacy policy; change whatever has changed. You can edit them later too.</source>
        <translation>設定は3つの手順で終わります。書面に記載する事業者の情報、最初の管理者、回復キーです。以下の内容はプライバシーポリシーの第10項から入力してあります。変わっている箇所があれば修正してください。後から変更することもできます。</translation>
    </message>
    <message>
        <source>Moving from another computer? Restore the office from a backup…</source>
        <translation>別のパソコンから移行する場合：バックアップから復元…</translation>
    </message>
</context>
<context>
    <name>PendingDisposalsModel</name>
    <message>
        <source>Requested at</source>
        <extracomment>The acting user&apos;s login: their own requests are for another manager to approve.</extracomment>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（自分）</translation>
    </message>
    <message>
        <source>%1, certificate %2</source>
        <translation>%1・証明書 %2</translation>
    </message>
    <message>
        <source>You requested this; another manager must approve it.</source>
        <translation>あなたが申請したものです。別の管理責任者の承認が必要です。</translation>
    </message>
</context>
<context>
    <name>PostalCodeEdit</name>
    <message>
        <source>Seven digits; full-width digits, a hyphen or 〒 are fine.</source>
        <translation>7桁の数字で入力します。全角数字、ハイフン、〒 を含めても構いません。</translation>
    </message>
</context>
<context>
    <name>ProvisionDetailsDialog</name>
    <message>
        <source>Provision Record No. %1</source>
        <translation>第三者提供記録 No.%1</translation>
    </message>
    <message>
        <source>Ledger entry:</source>
        <translation>台帳項目：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>区分：</translation>
    </message>
    <message>
        <source>Provided on:</source>
        <translation>提供日：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受領日：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>提供先：</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>提供元：</translation>
    </message>
    <message>
        <source>Recipient&apos;s address:</source>
        <translation>提供先の住所：</translation>
    </message>
    <message>
        <source>Provider&apos;s address:</source>
        <translation>提供元の住所：</translation>
    </message>
    <message>
        <source>Person&apos;s name:</source>
        <translation>本人の氏名：</translation>
    </message>
    <message>
        <source>Name in kana:</source>
        <translation>フリガナ：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>生年月日：</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>データの項目：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>記録者：</translation>
    </message>
    <message>
        <source>Recorded at:</source>
        <translation>記録日時：</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Log Provision</source>
        <extracomment>The data items stretch; when the table is tight, the columns of names give up width.</extracomment>
        <translation>提供・受領を記録</translation>
    </message>
    <message>
        <source>Whom the data is about</source>
        <translation>データの本人</translation>
    </message>
    <message>
        <source>Optional; helps to find the record later</source>
        <translation>任意（後で記録を探すときに役立ちます）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>e.g. name, address, phone number</source>
        <translation>例：氏名、住所、電話番号</translation>
    </message>
    <message>
        <source>Ledger entry:</source>
        <translation>台帳項目：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>区分：</translation>
    </message>
    <message>
        <source>Person&apos;s name:</source>
        <translation>本人の氏名：</translation>
    </message>
    <message>
        <source>Name in kana:</source>
        <translation>フリガナ：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>生年月日：</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>データの項目：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>A record of personal data provided to a third party (APPI Art. 29) or received from one (Art. 30), logged against the ledger entry it belongs to.</source>
        <translation>第三者に提供した個人データ（法第29条）、または第三者から受領した個人データ（法第30条）の記録です。データが属する台帳項目に対して記録します。</translation>
    </message>
    <message>
        <source>Data received may belong to any set of the ledger.</source>
        <translation>受領したデータは、台帳のどの項目にも記録できます。</translation>
    </message>
    <message>
        <source>Only entries provided to third parties or jointly used are listed.</source>
        <translation>第三者提供または共同利用のある項目だけを表示しています。</translation>
    </message>
    <message>
        <source>No ledger entry is provided to third parties or jointly used; a manager marks that in the ledger.</source>
        <translation>第三者提供・共同利用のある台帳項目がありません。管理責任者が台帳で設定します。</translation>
    </message>
    <message>
        <source>Provided on:</source>
        <translation>提供日：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>提供先：</translation>
    </message>
    <message>
        <source>Recipient&apos;s address:</source>
        <translation>提供先の住所：</translation>
    </message>
    <message>
        <source>Who received the data</source>
        <translation>データの提供先</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受領日：</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>提供元：</translation>
    </message>
    <message>
        <source>Provider&apos;s address:</source>
        <translation>提供元の住所：</translation>
    </message>
    <message>
        <source>Who provided the data</source>
        <translation>データの提供元</translation>
    </message>
    <message>
        <source>Required: explain the basis</source>
        <translation>必須：根拠を説明してください</translation>
    </message>
    <message>
        <source>e.g. how the provider obtained the data</source>
        <translation>例：提供元がデータを取得した経緯</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>生年月日が未来の日付です。</translation>
    </message>
</context>
<context>
    <name>ProvisionsModel</name>
    <message>
        <source>Provided</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>法令</translation>
    </message>
    <message>
        <source>Life, body or property</source>
        <translation>生命・身体・財産</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>公衆衛生等</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>国の機関等</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>台帳項目</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>提供先・提供元</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>データの項目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>The day the data was provided or received</source>
        <translation>データを提供または受領した日</translation>
    </message>
    <message>
        <source>The recipient, or who provided the data</source>
        <translation>提供先、または提供元</translation>
    </message>
    <message>
        <source>The person the data is about</source>
        <translation>データの本人</translation>
    </message>
    <message>
        <source>The person&apos;s date of birth</source>
        <translation>本人の生年月日</translation>
    </message>
    <message>
        <source>The basis of the provision</source>
        <translation>提供の根拠</translation>
    </message>
</context>
<context>
    <name>ProvisionsWindow</name>
    <message>
        <source>Third-Party Provision Records</source>
        <extracomment>The value labels by their row title, for tests and for copying. Emitted after a record was logged here.</extracomment>
        <translation>第三者提供記録</translation>
    </message>
    <message>
        <source>Provision records about the requester of case %1</source>
        <translation>案件 %1 の請求者に関する第三者提供記録</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the records listed, as shown, as an Excel workbook or a CSV file</source>
        <translation>一覧の記録を表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Log Provision…</source>
        <translation>提供・受領を記録…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Records matching the requester&apos;s name or kana (and date of birth where both have one), for a request for disclosure of provision records (APPI Art. 33(5)). Check each record is about this person.</source>
        <translation>請求者と氏名またはフリガナ（双方に生年月日がある場合は生年月日も）が一致する記録です。第三者提供記録の開示請求（法第33条第5項）に使います。各記録がご本人のものか確認してください。</translation>
    </message>
    <message>
        <source>山田 / やまだ / ﾔﾏﾀﾞ</source>
        <translation>山田 / やまだ / ﾔﾏﾀﾞ</translation>
    </message>
    <message>
        <source>Part of the name or kana, typed in any width, in katakana or hiragana.</source>
        <translation>氏名またはフリガナの一部。全角・半角、カタカナ・ひらがなのどれで入力しても構いません。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Person (name or kana):</source>
        <translation>本人（氏名・フリガナ）：</translation>
    </message>
    <message>
        <source>Ledger entry:</source>
        <translation>台帳項目：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>～</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（廃止）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The From date is after the To date.</source>
        <translation>期間の開始日が終了日より後になっています。</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1、生年月日 %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>請求者：%1</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>No provision records about this requester.</source>
        <translation>この請求者に関する第三者提供記録はありません。</translation>
    </message>
    <message>
        <source>No records match the search.</source>
        <translation>検索条件に該当する記録はありません。</translation>
    </message>
    <message>
        <source>No provision records yet.</source>
        <translation>第三者提供記録はまだありません。</translation>
    </message>
    <message>
        <source>Provision record No. %1 was logged.</source>
        <translation>第三者提供記録 No.%1 を記録しました。</translation>
    </message>
    <message>
        <source>Provision record No. %1 was logged; it does not match the search.</source>
        <translation>第三者提供記録 No.%1 を記録しました。この記録は検索条件に該当しません。</translation>
    </message>
</context>
<context>
    <name>PurposeAchievedDialog</name>
    <message>
        <source>Purpose Achieved</source>
        <translation>利用目的の達成</translation>
    </message>
    <message>
        <source>How it was achieved (optional)</source>
        <translation>達成の状況（任意）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Achieved on:</source>
        <translation>達成日：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>The item comes due for disposal on that day; it is not destroyed yet.</source>
        <translation>その日に廃棄期限を迎えます。この時点ではまだ廃棄されません。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The Recovery Key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>The office is set up. Privacy Desk made this recovery key:</source>
        <translation>設定が完了しました。Privacy Desk が次の回復キーを作成しました。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>回復キーを印刷または書き留めました</translation>
    </message>
    <message>
        <source>Finish opens Privacy Desk; you are logged in as %1.</source>
        <translation>「完了」を押すと Privacy Desk が開きます。%1 としてログインした状態です。</translation>
    </message>
    <message>
        <source>The sheet was sent to the printer. Check that it came out readable.</source>
        <translation>用紙をプリンターに送りました。読み取れるように印刷されたか確認してください。</translation>
    </message>
    <message>
        <source>The recovery key will not be shown again: print it or write it down, tick the box, then press Finish.</source>
        <translation>回復キーは二度と表示されません。印刷するか書き留めてから、チェックボックスをオンにして「完了」を押してください。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>This recovery key is the only way back into the database if every password is lost. Print it or write it down, and keep it locked away. It will not be shown again.</source>
        <translation>この回復キーは、すべてのパスワードが分からなくなったときにデータベースを開く唯一の手段です。印刷するか書き留めて、施錠できる場所に保管してください。回復キーは二度と表示されません。</translation>
    </message>
    <message>
        <source>Privacy Desk recovery key</source>
        <translation>Privacy Desk 回復キー</translation>
    </message>
    <message>
        <source>Print the Recovery Key</source>
        <translation>回復キーの印刷</translation>
    </message>
    <message>
        <source>The printer could not be opened; check it and try again.</source>
        <translation>プリンターを開けませんでした。プリンターを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Privacy Desk — Recovery Key</source>
        <translation>Privacy Desk — 回復キー</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>作成日：%1</translation>
    </message>
    <message>
        <source>Privacy Desk asks for this key when an administrator has to get back in without a password. Spaces, hyphens and upper or lower case do not matter when it is typed.</source>
        <translation>管理者がパスワードなしでログインし直す必要があるとき、Privacy Desk はこの回復キーの入力を求めます。入力の際、スペースやハイフンの有無、大文字・小文字の違いは問いません。</translation>
    </message>
    <message>
        <source>Kept by:</source>
        <translation>保管者：</translation>
    </message>
    <message>
        <source>Kept where:</source>
        <translation>保管場所：</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書の種類</translation>
    </message>
    <message>
        <source>Monthly report (for the management review)</source>
        <translation>月次報告（マネジメントレビュー用）</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>年次報告</translation>
    </message>
    <message>
        <source>Open cases (for the weekly meeting)</source>
        <translation>回答待ちの案件一覧（週次会議用）</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>社内目標日を過ぎた案件一覧</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Year and month:</source>
        <translation>対象年月：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>The monthly and yearly reports compare each figure with the period before. The lists of cases show the requesters&apos; names: keep the print-outs confidential.</source>
        <translation>月次報告と年次報告では、各数値を前の期間と比較します。案件一覧には請求者の氏名が載るため、印刷物は社外秘として取り扱ってください。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDFを保存…</translation>
    </message>
    <message>
        <source>Privacy Mark audit pack</source>
        <translation>プライバシーマーク審査用の監査資料一式</translation>
    </message>
    <message>
        <source>Handling records of every request, complaints, disposals, the ledger with its reviews, monthly statistics and the audit trail&apos;s verification, in one ZIP file. Requesters&apos; names are left out.</source>
        <translation>すべての請求の対応記録、苦情・相談、廃棄の記録、個人情報管理台帳と見直し履歴、月別統計、監査証跡の検証結果を1つの ZIP ファイルにまとめます。請求者の氏名は含みません。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了日：</translation>
    </message>
    <message>
        <source>Write Audit Pack…</source>
        <translation>監査資料一式を作成…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Printed: %1 pages.</source>
        <translation>%1 ページを印刷しました。</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Enter both dates of the audit pack&apos;s period.</source>
        <translation>監査資料一式の期間の開始日と終了日を入力してください。</translation>
    </message>
    <message>
        <source>Write Audit Pack</source>
        <translation>監査資料一式を作成</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP ファイル (*.zip)</translation>
    </message>
    <message>
        <source>The audit pack was written to %1.</source>
        <translation>監査資料一式を %1 に保存しました。</translation>
    </message>
    <message>
        <source>The audit pack was written to %1, but the audit trail does NOT verify: see 6_audit_trail/verification.txt in it.</source>
        <translation>監査資料一式を %1 に保存しましたが、監査証跡の検証で異常が見つかりました。資料内の 6_audit_trail/verification.txt を確認してください。</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>監査資料一式</translation>
    </message>
    <message>
        <source>Writing the audit pack…</source>
        <translation>監査資料一式を作成しています…</translation>
    </message>
</context>
<context>
    <name>RequestDisposalDialog</name>
    <message>
        <source>Request Disposal</source>
        <extracomment>The long column (what is disposed of) keeps a readable width. The kinds the rules dialog offers (a ledger entry carries its own retention).</extracomment>
        <translation>廃棄を申請</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Certificate no.:</source>
        <translation>証明書番号：</translation>
    </message>
    <message>
        <source>Who watched the disposal (optional)</source>
        <translation>廃棄に立ち会った人（任意）</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>廃棄方法：</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>立会人：</translation>
    </message>
    <message>
        <source>Another manager approves the request; the data is destroyed at that moment.</source>
        <translation>申請は別の管理責任者が承認します。承認した時点でデータが廃棄されます。</translation>
    </message>
    <message>
        <source>Required: the number on the contractor&apos;s certificate</source>
        <translation>必須：廃棄業者の証明書に記載された番号</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restore the office from a backup with the recovery key printed at the set-up. The backup&apos;s key file (the backup&apos;s name with .keys added) must lie beside it; copy both from the backup medium. Afterwards everyone logs in with their usual password.</source>
        <translation>初期設定時に印刷した回復キーを使って、バックアップから復元します。バックアップの鍵ファイル（バックアップの名前に .keys を付けたもの）が同じフォルダーに必要です。バックアップ媒体から両方をコピーしてください。復元後は、各自いつものパスワードでログインします。</translation>
    </message>
    <message>
        <source>The database is replaced with the backup: everything recorded since the backup was made is lost. The current database is kept in the backups folder first. Everyone logs in again afterwards.</source>
        <translation>データベースをバックアップの内容に置き換えます。バックアップ以降に記録した内容は失われます。現在のデータベースは先に backups フォルダーに保管されます。復元後は全員がログインし直します。</translation>
    </message>
    <message>
        <source>the backup file (*.sqlite3)</source>
        <translation>バックアップファイル（*.sqlite3）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>バックアップファイル：</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>回復キー：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>バックアップを選ぶ</translation>
    </message>
    <message>
        <source>Database backup (*.sqlite3);;All files (*)</source>
        <translation>データベースのバックアップ (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>復元するバックアップファイルを選んでください。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The key file %1 is not beside the backup. Copy it from the backup medium into the same folder.</source>
        <translation>鍵ファイル %1 がバックアップと同じフォルダーにありません。バックアップ媒体から同じフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet.</source>
        <translation>印刷した用紙の回復キーを入力してください。</translation>
    </message>
    <message>
        <source>Replace the database with %1? Everything recorded since that backup is lost.</source>
        <translation>データベースを %1 に置き換えますか？ そのバックアップ以降に記録した内容は失われます。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Too many wrong recovery keys; wait %1 seconds and try again.</source>
        <translation>誤った回復キーが続いたため、%1 秒待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Restored %1 cases from the backup. The previous database is kept as %2.</source>
        <translation>バックアップから %1 件の案件を復元しました。以前のデータベースは %2 に保管しています。</translation>
    </message>
</context>
<context>
    <name>RetentionRulesDialog</name>
    <message>
        <source>Retention Rules</source>
        <translation>保存規則</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算点</translation>
    </message>
    <message>
        <source>Save Rules</source>
        <translation>規則を保存</translation>
    </message>
    <message>
        <source>A change moves at once the due dates of items not yet requested for disposal, both ways: a shorter period can make items due today. Items already requested keep the rule they were requested under. Ledger entries carry their own retention.</source>
        <translation>変更すると、まだ廃棄を申請していないものの廃棄期限がただちに前後します。期間を短くすると、今日が期限になるものもあります。申請済みのものは申請時の規則のままです。台帳の項目には、それぞれ固有の保存期間があります。</translation>
    </message>
    <message>
        <source>Only managers change the retention rules.</source>
        <translation>保存規則を変更できるのは管理責任者だけです。</translation>
    </message>
    <message>
        <source>The requester&apos;s details and the free texts of a closed case; the handling record stays.</source>
        <translation>完了した案件の請求者の情報と自由記述の内容。対応の記録は残ります。</translation>
    </message>
    <message>
        <source>Copies of identity documents and proofs of agency.</source>
        <translation>本人確認書類と代理権を証明する書類の写し。</translation>
    </message>
    <message>
        <source>The stored PDFs of the letters issued.</source>
        <translation>発行した書面の保存PDF。</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <source>Retention and Disposal</source>
        <extracomment>Emitted after anything here changed the data (a request, an approval, a rule…).</extracomment>
        <translation>保存期間と廃棄</translation>
    </message>
    <message>
        <source>Due for Disposal</source>
        <translation>廃棄対象</translation>
    </message>
    <message>
        <source>Awaiting Approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Kept Until Purpose Achieved</source>
        <translation>利用目的の達成まで保存</translation>
    </message>
    <message>
        <source>Disposal Records</source>
        <translation>廃棄記録</translation>
    </message>
    <message>
        <source>Disposal removes the data from the database at once. Backups made before a disposal still contain it until they are replaced: of the automatic backups, the newest %1 are kept. Copies made by hand (File &gt; Back Up Database…, exports) must be deleted by hand.</source>
        <translation>廃棄すると、データはただちにデータベースから削除されます。廃棄前に作成したバックアップには、置き換えられるまでデータが残ります（自動バックアップは最新の %1 件を保存）。手作業で作成した写し（［ファイル］&gt;［バックアップを作成…］、エクスポート）は手作業で削除してください。</translation>
    </message>
    <message>
        <source>Only managers request and approve disposals; you can see the lists.</source>
        <translation>廃棄の申請と承認ができるのは管理責任者だけです。一覧は閲覧できます。</translation>
    </message>
    <message>
        <source>Retention Rules…</source>
        <translation>保存規則…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>一覧をエクスポート…</translation>
    </message>
    <message>
        <source>Save the list on this tab, as shown, as an Excel workbook or a CSV file</source>
        <translation>このタブの一覧を表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日間</translation>
    </message>
    <message>
        <source>Also list what falls due within this many days (it cannot be requested yet).</source>
        <translation>この日数以内に廃棄期限を迎えるものも表示します（まだ廃棄は申請できません）。</translation>
    </message>
    <message>
        <source>Request Disposal…</source>
        <translation>廃棄を申請…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>and the next</source>
        <translation>＋今後</translation>
    </message>
    <message>
        <source>Items shown in grey fall due later; they can be requested from then.</source>
        <translation>灰色のものは廃棄期限がまだ先です。期限の日から申請できます。</translation>
    </message>
    <message>
        <source>Approve and Destroy…</source>
        <translation>承認して廃棄…</translation>
    </message>
    <message>
        <source>Withdraw Request…</source>
        <translation>申請を取り下げ…</translation>
    </message>
    <message>
        <source>Disposals requested by one manager wait here for another to approve them; the one who requested cannot approve.</source>
        <translation>管理責任者が申請した廃棄は、別の管理責任者が承認するまでここで待ちます。申請した本人は承認できません。</translation>
    </message>
    <message>
        <source>Purpose Achieved…</source>
        <translation>利用目的の達成を記録…</translation>
    </message>
    <message>
        <source>Kept until the purpose of use is achieved, and no achievement recorded yet. Once it is recorded, the item comes due on that day.</source>
        <translation>利用目的の達成まで保存するもののうち、まだ達成を記録していないものです。達成を記録すると、その日に廃棄期限を迎えます。</translation>
    </message>
    <message>
        <source>Print Certificate…</source>
        <translation>廃棄証明書を印刷…</translation>
    </message>
    <message>
        <source>Save Certificate PDF…</source>
        <translation>廃棄証明書をPDFで保存…</translation>
    </message>
    <message>
        <source>What was destroyed, when, how and by whom; the records name what was destroyed, never its content. Select rows for a certificate.</source>
        <translation>何を、いつ、どの方法で、誰が廃棄したかの記録です。記録には廃棄したものの名称だけを残し、内容は残しません。廃棄証明書を作成するには行を選択してください。</translation>
    </message>
    <message>
        <source>1 item due</source>
        <translation>廃棄対象 1 件</translation>
    </message>
    <message>
        <source>%1 items due</source>
        <translation>廃棄対象 %1 件</translation>
    </message>
    <message>
        <source>, %1 later</source>
        <translation>、期限前 %1 件</translation>
    </message>
    <message>
        <source>You requested this disposal; another manager must approve it.</source>
        <translation>この廃棄はあなたが申請しました。別の管理責任者の承認が必要です。</translation>
    </message>
    <message>
        <source>Request Disposal</source>
        <translation>廃棄を申請</translation>
    </message>
    <message>
        <source>Only items due today or earlier can be requested. %1 of the chosen items fall due later (the first on %2); request them from their due date.</source>
        <translation>申請できるのは廃棄期限が今日以前のものだけです。選択したもののうち %1 件は期限がまだ先です（最も早いもので %2）。期限の日から申請してください。</translation>
    </message>
    <message>
        <source>1 item was requested for disposal; another manager approves it.</source>
        <translation>1 件の廃棄を申請しました。別の管理責任者が承認します。</translation>
    </message>
    <message>
        <source>%1 items were requested for disposal; another manager approves them.</source>
        <translation>%1 件の廃棄を申請しました。別の管理責任者が承認します。</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Approve and Destroy</source>
        <translation>承認して廃棄</translation>
    </message>
    <message>
        <source>Approve the disposal of %1? The data is destroyed now and cannot be recovered. Backups made before now still contain it until they age out (the newest %2 automatic backups are kept).</source>
        <translation>%1 の廃棄を承認しますか？ データはただちに廃棄され、元に戻せません。これまでに作成したバックアップには、古くなって削除されるまでデータが残ります（自動バックアップは最新の %2 件を保存）。</translation>
    </message>
    <message>
        <source>Destroying the data and reclaiming space in the database file…</source>
        <translation>データを廃棄し、データベースファイルの領域を解放しています…</translation>
    </message>
    <message>
        <source>1 item was destroyed; its record is under Disposal Records.</source>
        <translation>1 件を廃棄しました。記録は「廃棄記録」にあります。</translation>
    </message>
    <message>
        <source>%1 items were destroyed; their records are under Disposal Records.</source>
        <translation>%1 件を廃棄しました。記録は「廃棄記録」にあります。</translation>
    </message>
    <message>
        <source>Withdraw Request</source>
        <translation>申請の取り下げ</translation>
    </message>
    <message>
        <source>Withdraw the request for 1 item? It returns to the due list.</source>
        <translation>1 件の申請を取り下げますか？ 廃棄対象の一覧に戻ります。</translation>
    </message>
    <message>
        <source>Withdraw the requests for %1 items? They return to the due list.</source>
        <translation>%1 件の申請を取り下げますか？ 廃棄対象の一覧に戻ります。</translation>
    </message>
    <message>
        <source>1 request was withdrawn.</source>
        <translation>1 件の申請を取り下げました。</translation>
    </message>
    <message>
        <source>%1 requests were withdrawn.</source>
        <translation>%1 件の申請を取り下げました。</translation>
    </message>
    <message>
        <source>Recorded; the item is listed under Due for Disposal.</source>
        <translation>記録しました。「廃棄対象」に表示されます。</translation>
    </message>
    <message>
        <source>Retention Rules</source>
        <translation>保存規則</translation>
    </message>
    <message>
        <source>The retention rules were changed; the due list follows them.</source>
        <translation>保存規則を変更しました。廃棄対象の一覧は新しい規則に従います。</translation>
    </message>
    <message>
        <source>Disposal certificate</source>
        <translation>廃棄証明書</translation>
    </message>
    <message>
        <source>Print Certificate</source>
        <translation>廃棄証明書の印刷</translation>
    </message>
    <message>
        <source>Save Certificate PDF</source>
        <translation>廃棄証明書をPDFで保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate was saved to %1.</source>
        <translation>廃棄証明書を %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire Entry</source>
        <translation>項目を廃止</translation>
    </message>
    <message>
        <source>e.g. All of it was disposed of</source>
        <translation>例：すべて廃棄済み</translation>
    </message>
    <message>
        <source>No longer held since:</source>
        <translation>保有しなくなった日：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>The entry stays in the ledger as a record and needs no more reviews. Every batch must be disposed of first.</source>
        <translation>項目は記録として台帳に残り、以後の見直しは不要になります。先にすべての保管単位を廃棄してください。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Record Review</source>
        <translation>見直しを記録</translation>
    </message>
    <message>
        <source>What was checked or changed (optional)</source>
        <translation>確認・変更した内容（任意）</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>見直し日：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Check that the entry still matches what is held, how and why; change the entry first if it does not.</source>
        <translation>保有している個人情報の内容・保管方法・利用目的が、この項目の記載と一致しているか確認してください。一致しない場合は、先に項目を変更してください。</translation>
    </message>
    <message>
        <source>The next review falls due on %1.</source>
        <translation>次回の見直し期限は %1 です。</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Reviewed on</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>RoleBox</name>
    <message>
        <source>Logs and processes cases.</source>
        <translation>案件を受け付け、処理します。</translation>
    </message>
    <message>
        <source>Also approves refusals and erasures, and prints reports.</source>
        <translation>加えて、不開示・消去の承認と管理報告の印刷を行います。</translation>
    </message>
    <message>
        <source>Also manages users, settings and backups.</source>
        <translation>加えて、ユーザー・設定・バックアップを管理します。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>役割を変更</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>役割を変更しています…</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan Documents into Case %1</source>
        <extracomment>How often the scanner folder is looked at while waiting. The sentence saying a document was stored. A document was stored in the case (its id).</extracomment>
        <translation>案件 %1 に書類をスキャン</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>書類：</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>名義：</translation>
    </message>
    <message>
        <source>Glass (flatbed)</source>
        <translation>原稿台</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>自動原稿送り装置</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Scanner folder:</source>
        <translation>スキャナーフォルダー：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>読み取り：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Wait for Scanner Folder</source>
        <translation>スキャナーフォルダーを待つ</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>ファイルを取り込む…</translation>
    </message>
    <message>
        <source>Choose what the document is, press Wait for Scanner Folder, then put the document on the printer and press its scan-to-folder button. The scan is saved in the case when it arrives, and removed from the folder.</source>
        <translation>書類の種類を選び、［スキャナーフォルダーを待つ］を押してから、複合機に書類を置いてフォルダーへのスキャンを実行してください。スキャンが届くと案件に保存され、フォルダーからは削除されます。</translation>
    </message>
    <message>
        <source>Choose what the document is, put it on the glass (or all its pages in the feeder) and press Scan. The document is saved in the case only when every page was scanned.</source>
        <translation>書類の種類を選び、原稿台に置いて（複数ページは自動原稿送り装置に入れて）［スキャン］を押してください。すべてのページを読み取れたときだけ案件に保存されます。</translation>
    </message>
    <message>
        <source>Scanned 1 page as %2.</source>
        <translation>%2 として1ページ読み取りました。</translation>
    </message>
    <message>
        <source>Scanned %1 pages as %2.</source>
        <translation>%2 として%1ページ読み取りました。</translation>
    </message>
    <message>
        <source>Imported 1 page as %2.</source>
        <translation>%2 として1ページ取り込みました。</translation>
    </message>
    <message>
        <source>Imported %1 pages as %2.</source>
        <translation>%2 として%1ページ取り込みました。</translation>
    </message>
    <message>
        <source>Starting the scanner…</source>
        <translation>スキャナーを準備しています…</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>%1ページ目を読み取っています…</translation>
    </message>
    <message>
        <source>Reading the files… %1 pages so far.</source>
        <translation>ファイルを読み込んでいます…（%1ページ）</translation>
    </message>
    <message>
        <source>Saving %1 pages in case %2…</source>
        <translation>案件 %2 に%1ページを保存しています…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>取り込みを中止しました。何も保存していません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopped waiting for the scanner folder.</source>
        <translation>スキャナーフォルダーの待機を終了しました。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>The scanner folder already holds a file scanned earlier. Import it into case %2 as %3?

Choose No if it may belong to another case, and move it out of the folder first.</source>
        <translation>スキャナーフォルダーに以前スキャンしたファイルが1つあります。案件 %2 に %3 として取り込みますか？

別の案件のものかもしれない場合は［いいえ］を選び、先にフォルダーから移動してください。</translation>
    </message>
    <message>
        <source>The scanner folder already holds %1 files scanned earlier. Import each into case %2 as %3?

Choose No if they may belong to another case, and move them out of the folder first.</source>
        <translation>スキャナーフォルダーに以前スキャンしたファイルが%1個あります。それぞれ案件 %2 に %3 として取り込みますか？

別の案件のものかもしれない場合は［いいえ］を選び、先にフォルダーから移動してください。</translation>
    </message>
    <message>
        <source>Waiting for the scan: press the scan-to-folder button on the printer.</source>
        <translation>スキャンを待っています：複合機でフォルダーへのスキャンを実行してください。</translation>
    </message>
    <message>
        <source>No scanner folder is set. Ask an administrator to set the folder the printer saves its scans to (Administration ▸ Office and Settings), or import the files instead.</source>
        <translation>スキャナーフォルダーが設定されていません。複合機の保存先フォルダーの設定を管理者に依頼するか（管理 ▸ 事業者情報と設定）、ファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The scanner folder %1 does not exist or cannot be reached. Check the folder (and that the network drive is connected), or ask an administrator to correct it (Administration ▸ Office and Settings).</source>
        <translation>スキャナーフォルダー %1 が存在しないか、接続できません。フォルダー（とネットワークドライブの接続）を確認するか、管理者に修正を依頼してください（管理 ▸ 事業者情報と設定）。</translation>
    </message>
    <message>
        <source>%1 The file %2 was moved to %3.</source>
        <translation>%1 ファイル %2 は %3 に移動しました。</translation>
    </message>
    <message>
        <source>Import Scanned Files</source>
        <translation>スキャンしたファイルを取り込む</translation>
    </message>
    <message>
        <source>Scans %1;;All files (*)</source>
        <translation>スキャン画像 %1;;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <source>Record Sending — %1</source>
        <translation>発送を記録 — %1</translation>
    </message>
    <message>
        <source>from the post office receipt</source>
        <translation>郵便局の受領証から</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>発送方法：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>お問い合わせ番号：</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>発送日：</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Reactivate User</source>
        <translation>ユーザーを再開</translation>
    </message>
    <message>
        <source>%1 can log in again with a new password.</source>
        <translation>%1 は新しいパスワードで再びログインできるようになります。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>パスワードを再設定</translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation>%1 の新しいパスワード。</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <source>Give it to them in person; they can change it under File &gt; Change My Password.</source>
        <translation>本人に直接伝えてください。本人は［ファイル］&gt;［自分のパスワードを変更］で変更できます。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>新しいパスワード（確認）：</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>パスワードを設定しています…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up Privacy Desk</source>
        <translation>Privacy Desk の初期設定</translation>
    </message>
    <message>
        <source>Office restored</source>
        <extracomment>Set when the office came back from a backup instead: log in next.</extracomment>
        <translation>復元しました</translation>
    </message>
    <message>
        <source>Log in with your usual password.</source>
        <translation>いつものパスワードでログインしてください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>The case list</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>検索欄に移動</translation>
    </message>
    <message>
        <source>In the search box: go down into the list</source>
        <translation>検索欄で：一覧に移動</translation>
    </message>
    <message>
        <source>In the search box: clear it</source>
        <translation>検索欄で：検索語を消去</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>選択した案件を開く</translation>
    </message>
    <message>
        <source>An open case</source>
        <translation>開いている案件</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Log Mailed Request</source>
        <translation>郵送請求の受付</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>請求を保存</translation>
    </message>
    <message>
        <source>Save and clear the form for the next envelope</source>
        <translation>保存して次の封書の入力に進む</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>日付の入力欄</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>1日後</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>1日前</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>書類のビューアー</translation>
    </message>
    <message>
        <source>Move the page up the list</source>
        <translation>ページを一覧の上へ移動</translation>
    </message>
    <message>
        <source>Move the page down the list</source>
        <translation>ページを一覧の下へ移動</translation>
    </message>
    <message>
        <source>Blacking out: remove the chosen area, or else the last one</source>
        <translation>黒塗り中：選択した箇所（なければ最後に囲んだ箇所）を取り消す</translation>
    </message>
    <message>
        <source>Blacking out: remove the last area; with none left, stop</source>
        <translation>黒塗り中：最後に囲んだ箇所を取り消す（箇所がなければ黒塗りを終了）</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>%1メニュー</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>メインウィンドウ</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>Date of the move:</source>
        <translation>変更日：</translation>
    </message>
    <message>
        <source>The day the status changed; today unless you change it.</source>
        <translation>ステータスが変わった日です。変更しなければ今日の日付になります。</translation>
    </message>
    <message>
        <source>This case has ended; its status can no longer change.</source>
        <translation>この案件は終了しているため、ステータスは変更できません。</translation>
    </message>
    <message>
        <source>Request Missing Documents…</source>
        <translation>不足書類を依頼…</translation>
    </message>
    <message>
        <source>Documents Arrived</source>
        <translation>書類到着</translation>
    </message>
    <message>
        <source>Mark Verified</source>
        <translation>本人確認済みにする</translation>
    </message>
    <message>
        <source>Start Work</source>
        <translation>対応開始</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>決定済みにする</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>対応中に戻す</translation>
    </message>
    <message>
        <source>Mark Replied</source>
        <translation>回答済みにする</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>取下げ…</translation>
    </message>
    <message>
        <source>Reject as Incomplete…</source>
        <translation>不備により不受理…</translation>
    </message>
    <message>
        <source>Ask the requester for missing documents; the clock stops until they arrive.</source>
        <translation>不足している書類を請求者に依頼します。届くまで期間の進行を停止します。</translation>
    </message>
    <message>
        <source>The documents asked for have arrived; check them before verifying.</source>
        <translation>依頼した書類が届きました。本人確認の前に内容を確認してください。</translation>
    </message>
    <message>
        <source>The identity (and any agency) has been confirmed.</source>
        <translation>本人確認（代理の場合は代理権の確認を含む）が済みました。</translation>
    </message>
    <message>
        <source>Work on the answer has begun.</source>
        <translation>回答に向けた対応を始めました。</translation>
    </message>
    <message>
        <source>Every request type needs an outcome first.</source>
        <translation>先にすべての請求について対応結果を決めてください。</translation>
    </message>
    <message>
        <source>Take the decided case back into work.</source>
        <translation>決定済みの案件を対応中に戻します。</translation>
    </message>
    <message>
        <source>The reply has been sent to the requester.</source>
        <translation>請求者に回答を送付しました。</translation>
    </message>
    <message>
        <source>Nothing more is to be done for this case.</source>
        <translation>この案件で行うべき対応はもうありません。</translation>
    </message>
    <message>
        <source>The requester withdrew the request.</source>
        <translation>請求者が請求を取り下げました。</translation>
    </message>
    <message>
        <source>The request stays incomplete and is rejected.</source>
        <translation>請求の不備が解消されないため、受け付けません。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス：%1</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>ステータスを変更できませんでした</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>Request Missing Documents</source>
        <translation>不足書類の依頼</translation>
    </message>
    <message>
        <source>What is missing or defective? The request for documents will list it, and the clock stops until it arrives.</source>
        <translation>不足または不備のある書類を入力してください。依頼書に記載され、届くまで期間の進行を停止します。</translation>
    </message>
    <message>
        <source>Record that case %1 was withdrawn? The case ends and stays as it is.</source>
        <translation>案件 %1 を取下げとして記録しますか？案件は終了し、以後は変更できません。</translation>
    </message>
    <message>
        <source>Reject case %1 as incomplete? The case ends and stays as it is; send the requester the letter that says why.</source>
        <translation>案件 %1 を不備により不受理としますか？案件は終了し、以後は変更できません。請求者には理由を記した通知書を送付してください。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>The role a model may answer with a cell&apos;s value for a spreadsheet: a ``date`` or an ``int`` where the text shows one (&quot;−3&quot; days left is the number -3). ``None``: the text. A day as the app shows one (``labels.day_short``).</extracomment>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>「%1」のエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>1 row written to %1.</source>
        <translation>%1 に 1 行を書き出しました。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%2 に %1 行を書き出しました。</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>Export This List…</source>
        <translation>この一覧をエクスポート…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Awaiting a reply</source>
        <extracomment>&quot;Export This List…&quot; in the table&apos;s context menu (None for a role that may not). The figures shown are out of date (or were never read): read them when shown.</extracomment>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Due within 3 business days</source>
        <translation>3営業日以内に期限</translation>
    </message>
    <message>
        <source>Past the internal target</source>
        <translation>社内目標日超過</translation>
    </message>
    <message>
        <source>Past the legal two-week line</source>
        <translation>法定2週間超過</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Money orders expiring within 30 days</source>
        <translation>30日以内に有効期限が切れる定額小為替</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>記録：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Due for disposal: %1</source>
        <translation>廃棄対象：%1 件</translation>
    </message>
    <message>
        <source>Disposals awaiting approval: %1</source>
        <translation>廃棄の承認待ち：%1 件</translation>
    </message>
    <message>
        <source>Ledger reviews due: %1</source>
        <translation>台帳の見直し時期：%1 件</translation>
    </message>
    <message>
        <source>Awaiting documents for more than %1 days</source>
        <translation>書類待ちが %1 日を超える案件</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>今日が期限の案件はありません。</translation>
    </message>
    <message>
        <source>No case is past its target.</source>
        <translation>目標日を過ぎた案件はありません。</translation>
    </message>
    <message>
        <source>No case has waited that long.</source>
        <translation>該当する案件はありません。</translation>
    </message>
    <message>
        <source>No money order expires soon.</source>
        <translation>有効期限が近い定額小為替はありません。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Who may open this office&apos;s database, and with which role. Deactivated users can no longer log in; their work stays in the history.</source>
        <translation>この事務局のデータベースを開ける人と、その役割です。停止したユーザーはログインできませんが、その作業は履歴に残ります。</translation>
    </message>
    <message>
        <source>Add User…</source>
        <translation>ユーザーを追加…</translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>パスワードを再設定…</translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation>役割を変更…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>再開…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the users listed, as shown, as an Excel workbook or a CSV file</source>
        <translation>一覧のユーザーを表示どおりに Excel ブックまたは CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Not for your own account; ask another administrator.</source>
        <translation>自分のアカウントには使えません。別の管理者に依頼してください。</translation>
    </message>
    <message>
        <source>For your own password: File &gt; Change My Password…</source>
        <translation>自分のパスワードは［ファイル］&gt;［自分のパスワードを変更…］から。</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 は再びログインできます。</translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation>%1 の役割を変更しました。</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>ユーザーを停止</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer log in. Their work stays in the history.</source>
        <translation>%1（%2）を停止しますか？ ログインできなくなります。作業は履歴に残ります。</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 はログインできなくなりました。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <extracomment>The acting user&apos;s login (their own row is marked).</extracomment>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（自分）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
</context>
</TS>

/** What the server says to whoever starts it (both languages on one line: the log is shared). */
export const STARTUP_MESSAGES = {
  database: (where: string, isNew: boolean) =>
    `データベース / database: ${where}${isNew ? "（新規作成 / new）" : ""}`,
  adminCreatedWithPassword: (username: string, password: string) =>
    `管理者を作成しました / admin created: ユーザー名 ${username} / パスワード ${password}\n` +
    "このパスワードは再表示されません。控えてください。 / This password is shown only once.",
  adminCreated: (username: string) =>
    `管理者を作成しました / admin created: ${username}（KATSUYAKU_ADMIN_PASSWORD）`,
  demoLoaded: (count: number) =>
    `デモデータ（令和7年度, ${count}件）を読み込みました / demo data loaded (KATSUYAKU_DEMO=0 to skip)`,
  listening: (url: string) => `Katsuyaku ダッシュボード: ${url}`,
  couldNotStart: "起動できませんでした / could not start:",
};

/** Shown instead of the pages when they have not been built, so a fresh checkout says why. */
export const NOT_BUILT = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Katsuyaku ダッシュボード（画面が未ビルドです）</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7}code{background:#f3f3f3;padding:0 .3em}</style>
</head>
<body>
<main>
<h1>Katsuyaku ダッシュボード</h1>
<p>ダッシュボードの画面がまだビルドされていません。リポジトリの最上位で <code>npm run build</code> を実行し、サーバーを起動し直してください（<code>dist/dashboard/</code> が作られます）。</p>
<p>API（<code>/api/login</code>、<code>/api/summary</code>、<code>/api/report</code> など）はこのままでも使えます。</p>
<p lang="en">The dashboard pages have not been built: run <code>npm run build</code> at the top of the repository and restart the server. The API under <code>/api/</code> works meanwhile.</p>
</main>
</body>
</html>
`;

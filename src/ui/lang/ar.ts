import type { TextList } from '../texts'

/** Arabic (written right to left) texts, written for this project. A list in the order of `en`'s keys (named on the right). */
const ar: TextList = [
  'خيارات الخصوصية', // title
  'نستخدم ملفات تعريف الارتباط اللازمة لعمل الموقع. وبإذنك نستخدم أيضًا ملفات اختيارية لفهم الزيارات وتحسين الموقع. يمكنك تغيير اختيارك في أي وقت.', // body
  'سياسة الخصوصية', // policy
  'قبول الكل', // acceptAll
  'رفض الكل', // rejectAll
  'إدارة التفضيلات', // manage
  'تفضيلات ملفات تعريف الارتباط', // prefsTitle
  'اختر أنواع ملفات تعريف الارتباط التي يمكننا استخدامها.', // prefsBody
  'حفظ التفضيلات', // save
  'إغلاق', // close
  'تم حفظ التفضيلات', // saved
  'مفعّلة دائمًا: يحتاجها الموقع ليعمل.', // required
  'متوقفة لأن متصفحك يرسل إشارة {signal}.', // locked
  'غير مستخدم', // notInUse
  'الخدمات وملفات تعريف الارتباط', // services
  'ملفات تعريف الارتباط', // cookies
  'إعدادات ملفات تعريف الارتباط', // reopen
  'حسنًا', // ok
  '{service} محظور حتى تسمح بملفات فئة «{category}».', // held
  'تحميل مرة واحدة', // loadOnce
  'السماح دائمًا', // allowAlways
]

export default ar

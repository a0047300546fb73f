/**
 * Given names of West, East and Southern Africa (Igbo, Yoruba, Akan, Zulu, Xhosa, Sotho, Swahili), of India and Nepal,
 * and of the Himalayan peoples (Sherpa, Tamang, Tibetan), as they are written in Latin letters: faker's locales hold few
 * of them (Kwame, Anjali, but not Adaeze, Bongani, Priyanka, Bikram or Lhakpa), and a team, a tour group or a family
 * with them was masked only where a cue stood beside each. Added to the world names' first names
 * (world-name-lexicon.ts); the rules reading that set still leave any that is an English word to the dictionary.
 */
const GIVEN_NAMES = `
  Adaeze Adaora Adanna Amaka Amarachi Chiamaka Chinenye Chinyere Ezinne Ngozi Nneka Obiageli Onyinye Chidi Chidinma Chidera Chinedu Chinonso Chinwe Chioma Chukwuemeka Ebuka Emeka Ifeanyi Ifeoma
  Ikenna Kelechi Nkechi Nnamdi Obinna Oluchi Uchenna Uzoma Abimbola Adebayo Adeola Ayodele Babatunde Bukola Damilola
  Folake Funmilayo Kehinde Olamide Olumide Oluwaseun Oluwatobi Temitope Titilayo Tolulope Yetunde Tunde Segun Kunle
  Gbenga Femi Yemi Seun Abena Adwoa Afua
  Akosua Akua Efua Kofi Kojo Kwabena Kwaku Kwesi Andile Ayanda Bongani Busisiwe Kagiso Khanyisile Lerato Lindiwe
  Lwazi Mandla Mpho Nomsa Nomvula Palesa Sibusiso Siyabonga Thabo Thandeka Thandiwe Themba Tshepo Zanele
  Achieng Njeri Wambui Wanjiru Zawadi
  Aditi Aishwarya Ananya Anirudh Ankit Bhavna Deepak Dinesh Divya Gaurav Harsha Kavita Kavya Karthik Kunal Lakshmi
  Mahesh Manisha Manoj Neha Nikhil Nitin Pooja Pradeep Prakash Preeti Priyanka Rahul Rajesh Ramesh Rohan Rohit
  Sachin Sandeep Sanjay Santosh Saurabh Shreya Shweta Siddharth Smita Sneha Srinivas Suresh Swati Tarun Varun
  Venkatesh Vikram Vivek Aashish Anish Bikram Binod Bishnu Dipesh Niraj Prabin Pramod Roshan Sabin Samjhana Srijana
  Sujan Sushil Sunil Anil Amit Ajay Arjun Ashok Ganesh Manish Mukesh Naresh Rakesh Anjana Sunita Sarita Sapana
  Sushila Deepika Lalitha Meenakshi Padma Revathi Radhika Sangeeta Shobha Usha Vasanthi Bimala Kamala Sabitri
  Chhiring Dawa Dorje Lhakpa Mingma Ngawang Nima Nawang Pasang Pemba Phurba Sonam Tashi Tenzing Tsering
`;

export const AFRICAN_AND_SOUTH_ASIAN_GIVEN_NAMES: readonly string[] = GIVEN_NAMES.trim().split(/\s+/);
